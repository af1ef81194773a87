import type { Day } from '../calendar';
import type { MembershipStatusChange } from '../kpi-facts';
import type { MemberMembershipChange } from './canonical-members';

export const membershipKey = (communityId: string, memberId: string) => `${communityId}/${memberId}`;

/** Memberships (community/member keys) with more joins than departures up to and including `day`. */
export function openMemberships(changes: readonly MemberMembershipChange[], day: Day): Set<string> {
  const net = new Map<string, number>();
  for (const change of changes) {
    if (change.day > day) continue;
    const key = membershipKey(change.communityId, change.memberId);
    net.set(key, (net.get(key) ?? 0) + change.delta);
  }
  return new Set([...net].filter(([, balance]) => balance > 0).map(([key]) => key));
}

/** Each membership's latest status that happened before `until` (exclusive); ties in time go to the larger event id. */
export function latestStatuses<Status extends string, Change extends MembershipStatusChange<Status>>(
  changes: readonly Change[],
  until: Date,
): Map<string, Change> {
  const latest = new Map<string, Change>();
  for (const change of changes) {
    if (change.at >= until) continue;
    const key = membershipKey(change.communityId, change.memberId);
    const current = latest.get(key);
    if (!current || change.at > current.at || (change.at.getTime() === current.at.getTime() && change.eventId > current.eventId)) {
      latest.set(key, change);
    }
  }
  return latest;
}

/** The instant a UTC day ends (the next day's midnight). */
export const endOf = (day: Day): Date => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
