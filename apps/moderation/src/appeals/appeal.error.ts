import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const appealErrorCodes = {
  APPEAL_EXISTS: 'CONFLICT',
  APPEAL_NOT_FOUND: 'NOT_FOUND',
  APPEAL_DECIDED: 'CONFLICT',
  SANCTION_NOT_FOUND: 'NOT_FOUND',
  SANCTION_LIFTED: 'CONFLICT',
  NOT_OWN_SANCTION: 'FORBIDDEN',
  SAME_MODERATOR: 'FORBIDDEN',
  STATEMENT_REQUIRED: 'BAD_USER_INPUT',
  STATEMENT_TOO_LONG: 'BAD_USER_INPUT',
  REASON_REQUIRED: 'BAD_USER_INPUT',
  REASON_TOO_LONG: 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export type AppealErrorCode = keyof typeof appealErrorCodes;

export class AppealError extends categorisedError(appealErrorCodes) {}
