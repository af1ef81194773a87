import { categorisedError, isUuid, type PublicErrorCode } from '@groundswell/service-kit';

export const originalityErrorCodes = {
  TEXT_EMPTY: 'BAD_USER_INPUT',
  TEXT_TOO_LONG: 'BAD_USER_INPUT',
  CONTENT_ITEM_ID_INVALID: 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export type OriginalityErrorCode = keyof typeof originalityErrorCodes;

export class OriginalityError extends categorisedError(originalityErrorCodes) {}

/** Content item ids are UUIDs; checked before any query, as the database would read a malformed one as its own error. */
export function validContentItemId(itemId: string): string {
  if (!isUuid(itemId)) throw new OriginalityError('CONTENT_ITEM_ID_INVALID', 'A content item id is a UUID', { itemId });
  return itemId;
}
