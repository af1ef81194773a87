import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const reportErrorCodes = {
  REPORT_EXISTS: 'CONFLICT',
  TARGET_INVALID: 'BAD_USER_INPUT',
  DETAIL_TOO_LONG: 'BAD_USER_INPUT',
  SELF_REPORT: 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export type ReportErrorCode = keyof typeof reportErrorCodes;

export class ReportError extends categorisedError(reportErrorCodes) {}
