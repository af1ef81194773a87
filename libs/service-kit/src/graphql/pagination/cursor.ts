import { RequestError } from '../../errors/app-error';
import { isUuid } from '../../database/uuid';

/** What a keyset position holds: an instant (ISO 8601, UTC, up to microseconds), a UUID, or a short key. */
export type CursorValueKind = 'timestamp' | 'uuid' | 'key';

const timestampText = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?Z$/;
const keyText = /^[\w.:-]{1,200}$/;

const fitsKind: Record<CursorValueKind, (value: string) => boolean> = {
  timestamp: (value) => timestampText.test(value) && !Number.isNaN(Date.parse(value)),
  uuid: isUuid,
  key: (value) => keyText.test(value),
};

const fits = (value: unknown, kind: CursorValueKind) => typeof value === 'string' && fitsKind[kind](value);

/** Cursors are opaque to clients: base64url of the keyset values of the last row seen. */
export function encodeCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * The keyset values of a cursor, each checked against the kind its query compares it as: a cursor
 * the client made up or edited is refused here, so only well-formed values ever reach SQL.
 */
export function decodeCursor(cursor: string, kinds: readonly CursorValueKind[]): string[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === kinds.length && values.every((value, index) => fits(value, kinds[index]!))) return values as string[];
  } catch {
    // falls through to the error below
  }
  throw forgedCursor(cursor);
}

/** The error for a cursor this API did not issue (or that names a row no longer there to page from). */
export function forgedCursor(cursor: string): RequestError {
  return new RequestError('BAD_USER_INPUT', 'The cursor is not one this API issued: pass an endCursor from an earlier page, unchanged', { cursor: cursor.slice(0, 200) });
}
