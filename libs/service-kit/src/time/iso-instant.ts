import { RequestError } from '../errors/app-error';

/**
 * A DateTime argument as an ISO-8601 string. GraphQL's DateTime lets through strings that make an
 * invalid Date ("yesterday", year 275760); that is the client's mistake, never a fault of ours.
 */
export function isoInstant(value: Date, field: string): string {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RequestError('BAD_USER_INPUT', `${field} is not a valid point in time (ISO 8601, e.g. 2026-12-03T10:15:00+08:00)`, { field });
  }
  return value.toISOString();
}
