import type { Day, Period } from '../calendar';
import type { KpiFactSource, KpiScope } from '../kpi-facts';
import { canonicalMembers, canonicalOf, mergedGroups } from './canonical-members';

/** Members (canonical ids) whose first join within the scope fell in the cohort's period, with the days each was active. */
export interface CohortMember {
  joined: Day;
  activeDays: ReadonlySet<Day>;
}

export interface Cohort extends Period {
  members: ReadonlyMap<string, CohortMember>;
}

/**
 * One cohort per period. A member belongs to the cohort of their first MemberJoined in the scope
 * (a rejoin does not start a new cohort; merged members count once, from the earlier join of the two);
 * activity is qualifying activity (KPI-02) from the cohort's start up to `activeUntil`.
 */
export async function cohortsOf(scope: KpiScope, periods: readonly Period[], activeUntil: Day, asOf: Date, facts: KpiFactSource): Promise<Cohort[]> {
  if (periods.length === 0) return [];
  const canonical = canonicalMembers(await facts.memberMerges(scope.tenantId), asOf);
  const joins = (await facts.membershipChanges(scope, periods.at(-1)!.end, asOf)).filter((change) => change.delta === 1);
  const firstJoin = new Map<string, Day>();
  for (const join of joins) {
    const member = canonicalOf(canonical, join.memberId);
    const known = firstJoin.get(member);
    if (!known || join.day < known) firstJoin.set(member, join.day);
  }
  const cohortMembers = [...firstJoin].filter(([, day]) => day >= periods[0]!.start).map(([member]) => member);
  const groups = mergedGroups(canonical);
  const rawIds = cohortMembers.flatMap((member) => groups.get(member) ?? [member]);
  const activity = rawIds.length === 0 ? [] : await facts.activeDays(scope, 'qualifying', periods[0]!.start, activeUntil, asOf, rawIds);
  const daysOf = new Map<string, Set<Day>>();
  for (const { memberId, day } of activity) {
    const member = canonicalOf(canonical, memberId);
    const days = daysOf.get(member) ?? new Set<Day>();
    days.add(day);
    daysOf.set(member, days);
  }
  return periods.map((period) => ({
    ...period,
    members: new Map(
      cohortMembers
        .filter((member) => firstJoin.get(member)! >= period.start && firstJoin.get(member)! <= period.end)
        .map((member) => [member, { joined: firstJoin.get(member)!, activeDays: daysOf.get(member) ?? new Set<Day>() }]),
    ),
  }));
}

/** Members of the cohort active on at least one day of the window `window(joined)` returns (both days included). */
export function retained(cohort: Cohort, window: (joined: Day) => { from: Day; to: Day }): number {
  let count = 0;
  for (const { joined, activeDays } of cohort.members.values()) {
    const { from, to } = window(joined);
    if ([...activeDays].some((day) => day >= from && day <= to)) count += 1;
  }
  return count;
}
