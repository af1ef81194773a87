import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const sanctionErrorCodes = {
  SANCTION_NOT_PERMITTED: 'FORBIDDEN',
  ID_INVALID: 'BAD_USER_INPUT',
  RULE_REQUIRED: 'BAD_USER_INPUT',
  REASON_REQUIRED: 'BAD_USER_INPUT',
  REASON_TOO_LONG: 'BAD_USER_INPUT',
  COMMUNITY_REQUIRED: 'BAD_USER_INPUT',
  COMMUNITY_NOT_ALLOWED: 'BAD_USER_INPUT',
  CONTENT_REQUIRED: 'BAD_USER_INPUT',
  DURATION_INVALID: 'BAD_USER_INPUT',
  POLICY_INVALID: 'BAD_USER_INPUT',
  SANCTION_EXISTS: 'CONFLICT',
  MEMBER_BANNED: 'CONFLICT',
  ALREADY_MUTED: 'CONFLICT',
  SANCTION_ALREADY_LIFTED: 'CONFLICT',
  SANCTION_NOT_FOUND: 'NOT_FOUND',
} as const satisfies Record<string, PublicErrorCode>;

export type SanctionErrorCode = keyof typeof sanctionErrorCodes;

export class SanctionError extends categorisedError(sanctionErrorCodes) {}
