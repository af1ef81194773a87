import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const rebuildErrorCodes = {
  UNKNOWN_PROJECTION: 'BAD_USER_INPUT',
  DUPLICATE_PROJECTION: 'INTERNAL',
  REBUILD_IN_PROGRESS: 'CONFLICT',
  IDEMPOTENCY_KEY_REUSED: 'CONFLICT',
} as const satisfies Record<string, PublicErrorCode>;

export type RebuildErrorCode = keyof typeof rebuildErrorCodes;

export class RebuildError extends categorisedError(rebuildErrorCodes) {}
