import { categorisedError, isUuid, type PublicErrorCode } from '@groundswell/service-kit';

export const calendarErrorCodes = {
  DATE_RANGE_INVALID: 'BAD_USER_INPUT',
  PLAN_INVALID: 'BAD_USER_INPUT',
  COMMUNITY_ID_INVALID: 'BAD_USER_INPUT',
  TIME_ZONE_INVALID: 'BAD_USER_INPUT',
  PLAN_NOT_FOUND: 'NOT_FOUND',
} as const satisfies Record<string, PublicErrorCode>;

export type CalendarErrorCode = keyof typeof calendarErrorCodes;

export class CalendarError extends categorisedError(calendarErrorCodes) {}

/** Community ids are the members service's UUIDs; anything else is a client mistake, not a database error. */
export function validCommunityId(communityId: string): string {
  if (!isUuid(communityId)) throw new CalendarError('COMMUNITY_ID_INVALID', 'A community id is a UUID', { communityId });
  return communityId;
}
