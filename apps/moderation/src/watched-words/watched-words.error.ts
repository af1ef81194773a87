import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const watchedWordsErrorCodes = {
  PATTERN_EMPTY: 'BAD_USER_INPUT',
  PATTERN_TOO_LONG: 'BAD_USER_INPUT',
  WILDCARD_INVALID: 'BAD_USER_INPUT',
  ACTION_UNKNOWN: 'BAD_USER_INPUT',
  REPLACEMENT_MISSING: 'BAD_USER_INPUT',
  TAG_KEY_MISSING: 'BAD_USER_INPUT',
  SANCTION_INVALID: 'BAD_USER_INPUT',
  CATEGORY_UNKNOWN: 'BAD_USER_INPUT',
  SEVERITY_UNKNOWN: 'BAD_USER_INPUT',
  OPTION_INVALID: 'BAD_USER_INPUT',
  CSV_INVALID: 'BAD_USER_INPUT',
  IMPORT_EMPTY: 'BAD_USER_INPUT',
  IMPORT_ROWS_INVALID: 'BAD_USER_INPUT',
  ENTRY_EXISTS: 'CONFLICT',
  PATTERN_EXISTS: 'CONFLICT',
  LIST_FULL: 'CONFLICT',
  ENTRY_NOT_FOUND: 'NOT_FOUND',
} as const satisfies Record<string, PublicErrorCode>;

export type WatchedWordsErrorCode = keyof typeof watchedWordsErrorCodes;

export class WatchedWordsError extends categorisedError(watchedWordsErrorCodes) {}

/** One refused row of an import: its number in the file (the header is row 1) and why. */
export interface RejectedRow {
  row: number;
  code: WatchedWordsErrorCode;
  message: string;
}
