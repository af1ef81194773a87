import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const apiKeyErrorCodes = {
  NAME_INVALID: 'BAD_USER_INPUT',
  PERMISSIONS_EMPTY: 'BAD_USER_INPUT',
  PERMISSION_UNKNOWN: 'BAD_USER_INPUT',
  PERMISSION_NOT_HELD: 'FORBIDDEN',
  COMMUNITY_NOT_HELD: 'FORBIDDEN',
  KEY_EXISTS: 'CONFLICT',
  KEY_NOT_FOUND: 'NOT_FOUND',
} as const satisfies Record<string, PublicErrorCode>;

export type ApiKeyErrorCode = keyof typeof apiKeyErrorCodes;

export class ApiKeyError extends categorisedError(apiKeyErrorCodes) {}
