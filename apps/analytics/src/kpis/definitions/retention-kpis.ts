import type { ChurnRiskStatus } from '../../projections/member-facts';
import { addDays, daysBetween, periodsCovering, type Day } from '../calendar';
import { kpiDimensions, ratio, type KpiDefinition } from '../kpi-definition';
import { cohortsOf, retained } from '../members/cohorts';
import { endOf, latestStatuses, membershipKey, openMemberships } from '../members/member-state';
import { membershipSeries } from './membership-series';

const cohort =
  'The cohort of a period is every member whose first MemberJoined in the scope happened in it (a rejoin starts no new cohort; members merged by asOf are one member, from the earlier join). Retained means at least one qualifying activity (as for KPI-02) in the window. Null when nobody joined in the period.';

/** Dn retention measures a window of min(n, 7) days ending on the n-th day after each member’s join. */
export function dayRetentionWindow(days: number): (joined: Day) => { from: Day; to: Day } {
  const width = Math.min(days, 7);
  return (joined) => ({ from: addDays(joined, days - width + 1), to: addDays(joined, days) });
}

function dayRetention(days: number, id: string, en: string, zh: string): KpiDefinition {
  const width = Math.min(days, 7);
  const window = width === 1 ? `day ${days} after the join` : `days ${days - width + 1}–${days} after the join`;
  return {
    id,
    inventoryId: 'KPI-32',
    names: { en, zh },
    version: 1,
    formula: `cohort members active in ${window} ÷ cohort size`,
    window: `cohort: members who first joined in the period; activity: ${window}, per member`,
    dimensions: kpiDimensions,
    unit: 'ratio',
    definition: `${en}: of the members who joined in the period, the share active ${window}, each measured from their own join day (the join day is day 0). The window is the last min(n, 7) days up to day n, so D30 reads “active in the fourth week after joining”, the seeds’ “day-30 window”. ${cohort}`,
    evaluate: async ({ scope, periods, asOf, facts }) => {
      if (periods.length === 0) return [];
      const cohorts = await cohortsOf(scope, periods, addDays(periods.at(-1)!.end, days), asOf, facts);
      return cohorts.map((group) => ratio(retained(group, dayRetentionWindow(days)), group.members.size));
    },
  };
}

export const retentionD1 = dayRetention(1, 'retention.d1', 'Day-1 retention', '次日留存率');
export const retentionD7 = dayRetention(7, 'retention.d7', 'Day-7 retention', '7日留存率');
export const retentionD30 = dayRetention(30, 'retention.d30', 'Day-30 retention', '30日留存率');

export const retentionWeekly: KpiDefinition = {
  id: 'retention.weekly',
  inventoryId: 'KPI-32',
  names: { en: 'Week-1 retention', zh: '週留存率' },
  version: 1,
  formula: 'cohort members active in the ISO week after the week they joined ÷ cohort size',
  window: 'cohort: members who first joined in the period; activity: the ISO week (Monday–Sunday) after each member’s join week',
  dimensions: kpiDimensions,
  unit: 'ratio',
  definition: `Weekly retention: of the members who joined in the period, the share active in the calendar week following their join week, the first retained column of the weekly cohort matrix. ${cohort}`,
  evaluate: async ({ scope, periods, asOf, facts }) => {
    if (periods.length === 0) return [];
    const cohorts = await cohortsOf(scope, periods, addDays(periods.at(-1)!.end, 13), asOf, facts);
    return cohorts.map((group) =>
      ratio(
        retained(group, (joined) => {
          const week = periodsCovering(joined, joined, 'WEEK')[0]!;
          return { from: addDays(week.start, 7), to: addDays(week.end, 7) };
        }),
        group.members.size,
      ),
    );
  },
};

export const churnRate: KpiDefinition = {
  id: 'retention.churn_rate',
  inventoryId: 'KPI-33',
  names: { en: 'Churn rate', zh: '用戶流失率' },
  version: 1,
  formula: 'count(MemberLeft) in the period ÷ members at the start of the period',
  window: 'the period: a UTC day, ISO week or calendar month, by granularity',
  dimensions: kpiDimensions,
  unit: 'ratio',
  definition:
    'Memberships ended in the period (left, removed, banned, account closed) as a fraction of the members at its start: 90 departures from 1,000 members is 0.09, above the seeds’ 8 % ceiling. Version 1 counts departures only: members who merely went quiet are not churned until a dormancy definition exists (they show in the activity rate and in the lifecycle stages instead). Null when the period started with no members.',
  evaluate: async (input) => (await membershipSeries(input)).map((point) => ratio(point.departed, point.opening)),
};

export const memberLifecycleLength: KpiDefinition = {
  id: 'retention.lifecycle_length',
  inventoryId: 'KPI-34',
  names: { en: 'Member lifecycle length', zh: '用戶生命周期' },
  version: 1,
  formula: 'median of (day of MemberLeft − day of the latest MemberJoined before it) over memberships ended in the period',
  window: 'memberships ended in the period',
  dimensions: kpiDimensions,
  unit: 'days',
  definition:
    'How long memberships last: for every membership that ended in the period, the whole days from its (latest) join to its departure, and the median of those (the mean of the middle two for an even count). The seeds’ warning is “不足4個月”, under about 120 days. A departure with no recorded join is left out. Null when no membership ended.',
  evaluate: async ({ scope, periods, asOf, facts }) => {
    if (periods.length === 0) return [];
    const changes = [...(await facts.membershipChanges(scope, periods.at(-1)!.end, asOf))].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : b.delta - a.delta));
    const lastJoin = new Map<string, Day>();
    const lengths: Array<{ left: Day; days: number }> = [];
    for (const change of changes) {
      const key = membershipKey(change.communityId, change.memberId);
      if (change.delta === 1) lastJoin.set(key, change.day);
      else if (lastJoin.has(key)) lengths.push({ left: change.day, days: daysBetween(lastJoin.get(key)!, change.day) });
    }
    return periods.map((period) => median(lengths.filter((length) => length.left >= period.start && length.left <= period.end).map((length) => length.days)));
  },
};

const atRiskStatuses: ReadonlySet<ChurnRiskStatus> = new Set(['flagged', 'confirmed']);

export const churnRiskShare: KpiDefinition = {
  id: 'retention.churn_risk_share',
  inventoryId: 'KPI-37',
  names: { en: 'Potential churn risk', zh: '潛在流失風險' },
  version: 1,
  formula: 'memberships with an open churn-risk flag at the end of the period ÷ members at the end of the period',
  window: 'a snapshot at the end of each period’s last UTC day',
  dimensions: kpiDimensions,
  unit: 'ratio',
  definition:
    'Share of members the churn model flagged and nobody dismissed: a membership is at risk when its latest churn-risk event by the end of the period (by when it happened) is an assessment in the high band (MemberChurnRiskAssessed, or the older MemberChurnRiskFlagged) or a person’s confirmation (MemberChurnRiskReviewed with confirmed, or MemberChurnRiskConfirmed), and the member is still in the community. A later assessment below high or a dismissal ends the risk. 50 of 1,000 members is 0.05, the seeds’ target. Null when there are no members.',
  evaluate: async (input) => {
    const { scope, periods, asOf, facts } = input;
    if (periods.length === 0) return [];
    const [risks, changes, members] = await Promise.all([
      facts.churnRiskChanges(scope, asOf),
      facts.membershipChanges(scope, periods.at(-1)!.end, asOf),
      membershipSeries(input),
    ]);
    return periods.map((period, index) => {
      const open = openMemberships(changes, period.end);
      const atRisk = [...latestStatuses(risks, endOf(period.end))].filter(([key, change]) => atRiskStatuses.has(change.status) && open.has(key)).length;
      return ratio(atRisk, members[index]!.closing);
    });
  },
};

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const retentionKpis = [retentionD1, retentionD7, retentionD30, retentionWeekly, churnRate, memberLifecycleLength, churnRiskShare];
