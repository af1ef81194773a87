import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const originalityErrorCodes = {
  TEXT_EMPTY: 'BAD_USER_INPUT',
  TEXT_TOO_LONG: 'BAD_USER_INPUT',
  CONTENT_ITEM_ID_INVALID: 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export type OriginalityErrorCode = keyof typeof originalityErrorCodes;

export class OriginalityError extends categorisedError(originalityErrorCodes) {}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Content item ids are UUIDs; checked before any query, as the database would read a malformed one as its own error. */
export function validContentItemId(itemId: string): string {
  if (!uuidPattern.test(itemId)) throw new OriginalityError('CONTENT_ITEM_ID_INVALID', 'A content item id is a UUID', { itemId });
  return itemId;
}
