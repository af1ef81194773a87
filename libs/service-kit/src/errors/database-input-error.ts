import { categorisedError } from './app-error';

interface DatabaseError {
  code: string;
  message: string;
  severity: string;
}

function isDatabaseError(error: unknown): error is DatabaseError {
  const candidate = error as Partial<DatabaseError> | undefined;
  return typeof candidate?.code === 'string' && typeof candidate.severity === 'string' && typeof candidate.message === 'string';
}

// SQLSTATE class 22 ("data exception") is PostgreSQL refusing a value itself: text that is not a UUID,
// a number out of range, a NUL byte in text, a string longer than its column. Our own writes only
// carry values that already passed a decider, so in practice the value came from the client. The
// message names the type and the client's own value, never the statement or the server.
const databaseInputErrorCodes = {
  INVALID_VALUE: 'BAD_USER_INPUT',
  NUMBER_OUT_OF_RANGE: 'BAD_USER_INPUT',
  VALUE_TOO_LONG: 'BAD_USER_INPUT',
  INVALID_DATE_TIME: 'BAD_USER_INPUT',
  INVALID_TEXT_ENCODING: 'BAD_USER_INPUT',
} as const;
type DatabaseInputErrorCode = keyof typeof databaseInputErrorCodes;

export class DatabaseInputError extends categorisedError(databaseInputErrorCodes) {}

const codeOfSqlState: Record<string, DatabaseInputErrorCode> = {
  '22P02': 'INVALID_VALUE',
  '22003': 'NUMBER_OUT_OF_RANGE',
  '22001': 'VALUE_TOO_LONG',
  '22007': 'INVALID_DATE_TIME',
  '22008': 'INVALID_DATE_TIME',
  '22021': 'INVALID_TEXT_ENCODING',
  '22P05': 'INVALID_TEXT_ENCODING',
};

/** The client fault a database error stands for, or undefined when it is ours. */
export function clientFaultOf(error: unknown): DatabaseInputError | undefined {
  if (!isDatabaseError(error) || !error.code.startsWith('22')) return undefined;
  const message = error.code === '22P02' && /type uuid/.test(error.message) ? 'An id in the request is not a valid id (ids are UUIDs)' : `A value in the request is not valid: ${error.message}`;
  return new DatabaseInputError(codeOfSqlState[error.code] ?? 'INVALID_VALUE', message);
}
