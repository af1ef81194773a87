import { addDays, type Day } from '../calendar';
import type { KpiEvaluation } from '../kpi-definition';
import { canonicalMembers, duplicateMemberships, mergedGroups } from '../members/canonical-members';

export interface MembershipPoint {
  /** Members at the start of the period's first day. */
  opening: number;
  joined: number;
  departed: number;
  /** Members at the end of the period's last day. */
  closing: number;
}

/**
 * Joins, departures and running totals per period, from the daily membership buckets. Totals count
 * merged members (merges in effect at `asOf`) once per community; joins and departures stay events.
 */
export async function membershipSeries({ scope, periods, asOf, facts }: KpiEvaluation): Promise<MembershipPoint[]> {
  if (periods.length === 0) return [];
  const first = periods[0]!.start;
  const { opening, byDay } = await facts.membership(scope, first, periods.at(-1)!.end, asOf);
  const duplicatesAt = await duplicatesByDay({ scope, periods, asOf, facts });
  let total = opening;
  return periods.map((period) => {
    const point = { opening: total - duplicatesAt(addDays(period.start, -1)), joined: 0, departed: 0, closing: 0 };
    for (let day = period.start; day <= period.end; day = addDays(day, 1)) {
      const delta = byDay.get(day);
      if (!delta) continue;
      point.joined += delta.joined;
      point.departed += delta.departed;
    }
    total += point.joined - point.departed;
    point.closing = total - duplicatesAt(period.end);
    return point;
  });
}

async function duplicatesByDay({ scope, periods, asOf, facts }: KpiEvaluation): Promise<(day: Day) => number> {
  const canonical = canonicalMembers(await facts.memberMerges(scope.tenantId), asOf);
  if (canonical.size === 0) return () => 0;
  const memberIds = [...mergedGroups(canonical).values()].flat();
  const changes = await facts.membershipChanges(scope, periods.at(-1)!.end, asOf, memberIds);
  return (day) => duplicateMemberships(changes, canonical, day);
}
