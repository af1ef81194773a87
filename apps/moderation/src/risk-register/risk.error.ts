import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const riskErrorCodes = {
  TITLE_INVALID: 'BAD_USER_INPUT',
  DESCRIPTION_INVALID: 'BAD_USER_INPUT',
  RATING_INVALID: 'BAD_USER_INPUT',
  POTENTIAL_LOSS_INVALID: 'BAD_USER_INPUT',
  OWNER_INVALID: 'BAD_USER_INPUT',
  REVIEW_DATE_INVALID: 'BAD_USER_INPUT',
  NOTE_INVALID: 'BAD_USER_INPUT',
  RISK_EXISTS: 'CONFLICT',
  RISK_CLOSED: 'CONFLICT',
  RISK_NOT_FOUND: 'NOT_FOUND',
} as const satisfies Record<string, PublicErrorCode>;

export type RiskErrorCode = keyof typeof riskErrorCodes;

export class RiskError extends categorisedError(riskErrorCodes) {}
