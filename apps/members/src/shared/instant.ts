import { MemberDomainError } from './member-domain.error';

/** Commands carry `Date`s; events carry ISO instants in UTC. */
export function toInstant(at: Date, field = 'at'): string {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new MemberDomainError('INVALID_TIMESTAMP', `${field} is not a valid point in time`, { field });
  }
  return at.toISOString();
}

export const instantMillis = (instant: string): number => Date.parse(instant);
