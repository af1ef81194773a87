import { RequestError } from '../../errors/app-error';

/** Cursors are opaque to clients: base64url of the keyset values of the last row seen. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === arity && values.every((value) => typeof value === 'string' || typeof value === 'number')) {
      return values;
    }
  } catch {
    // falls through to the error below
  }
  throw new RequestError('BAD_USER_INPUT', 'The cursor is not one this API issued', { cursor });
}
