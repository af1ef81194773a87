import { addDays } from '../calendar';
import { kpiDimensions, ratio, type KpiDefinition, type KpiEvaluation } from '../kpi-definition';
import { canonicalMembers, canonicalOf } from '../members/canonical-members';
import { activeSeries } from './active-series';

const weekDays = 7;
const monthDays = 30;
const qualifying =
  'An interaction is one qualifying MemberActivityRecorded (message_posted, reaction, comment, check_in, live_attendance, share, purchase), counted on the UTC day and hour it happened however late it was recorded; passive visits and content views are not interactions.';

/** Qualifying interactions per period, and per UTC hour of day within each period. */
async function interactionSeries({ scope, periods, asOf, facts }: KpiEvaluation, from = periods[0]!.start): Promise<Array<{ total: number; byHour: number[] }>> {
  const hourly = await facts.interactions(scope, from, periods.at(-1)!.end, asOf);
  return periods.map((period) => {
    const byHour = Array.from({ length: 24 }, () => 0);
    for (const { day, hour, interactions } of hourly) if (day >= period.start && day <= period.end) byHour[hour]! += interactions;
    return { total: byHour.reduce((sum, count) => sum + count, 0), byHour };
  });
}

export const interactionCount: KpiDefinition = {
  id: 'activity.interactions',
  inventoryId: 'KPI-06',
  names: { en: 'Interaction count', zh: '互動次數' },
  version: 1,
  formula: 'count(qualifying MemberActivityRecorded) in the period',
  window: 'the period: a UTC day, ISO week or calendar month, by granularity',
  dimensions: kpiDimensions,
  unit: 'count',
  definition: `Every interaction in the period, not distinct members: a member who comments five times counts five. ${qualifying}`,
  evaluate: async (input) => (input.periods.length === 0 ? [] : (await interactionSeries(input)).map((point) => point.total)),
};

export const interactionFrequency: KpiDefinition = {
  id: 'activity.interaction_frequency',
  inventoryId: 'KPI-11',
  names: { en: 'Interaction frequency', zh: '互動頻率' },
  version: 1,
  formula: 'interactions in the 7 days ending on the period’s last day ÷ distinct active members (WAU) of those 7 days',
  window: '7 UTC days ending on each period’s last day',
  dimensions: kpiDimensions,
  unit: 'count',
  definition: `Interactions per active member per week, the inventory’s churn signal: 30 interactions by 10 weekly active members is 3.0. Members merged by asOf count once in the denominator. Null when nobody was active in the week. ${qualifying}`,
  evaluate: async (input) => {
    if (input.periods.length === 0) return [];
    const weeks = input.periods.map((period) => ({ start: addDays(period.end, -(weekDays - 1)), end: period.end }));
    const [interactions, active] = await Promise.all([
      interactionSeries({ ...input, periods: weeks }),
      activeSeries(input, weekDays),
    ]);
    return interactions.map((point, index) => ratio(point.total, active[index]!.members));
  },
};

export const returnVisitRate: KpiDefinition = {
  id: 'activity.return_visit_rate',
  inventoryId: 'KPI-13',
  names: { en: 'Return-visit rate', zh: '用戶回訪率' },
  version: 1,
  formula: 'members with activity on ≥ 2 distinct days in the 30 days ending on the period’s last day ÷ members with activity on ≥ 1 day',
  window: '30 UTC days ending on each period’s last day',
  dimensions: kpiDimensions,
  unit: 'ratio',
  definition:
    'Of the members who came at all in the last 30 days, the share who came back on another day. Any MemberActivityRecorded counts as a visit, passive visits and content views included, on the UTC day it happened. Members merged by asOf are one visitor (their days are pooled); at tenant level a member seen in two communities is one visitor. Null when nobody visited.',
  evaluate: async ({ scope, periods, asOf, facts }) => {
    if (periods.length === 0) return [];
    const canonical = canonicalMembers(await facts.memberMerges(scope.tenantId), asOf);
    const visits = await facts.activeDays(scope, 'any', addDays(periods[0]!.end, -(monthDays - 1)), periods.at(-1)!.end, asOf);
    return periods.map((period) => {
      const from = addDays(period.end, -(monthDays - 1));
      const daysByMember = new Map<string, Set<string>>();
      for (const visit of visits) {
        if (visit.day < from || visit.day > period.end) continue;
        const member = canonicalOf(canonical, visit.memberId);
        daysByMember.set(member, (daysByMember.get(member) ?? new Set()).add(visit.day));
      }
      const returning = [...daysByMember.values()].filter((days) => days.size >= 2).length;
      return ratio(returning, daysByMember.size);
    });
  },
};

export const peakActivityHour: KpiDefinition = {
  id: 'activity.peak_hour',
  inventoryId: 'KPI-15',
  names: { en: 'Peak activity hour', zh: '活躍時段' },
  version: 1,
  formula: 'the UTC hour of day (0–23) with the most interactions in the period; the earliest such hour on a tie',
  window: 'the period: a UTC day, ISO week or calendar month, by granularity',
  dimensions: kpiDimensions,
  unit: 'hour',
  definition: `When the community is most active, to schedule posts (ANL-02): interactions in the period bucketed by the UTC hour they happened in, and the hour with the most. 12 means 12:00–12:59 UTC (20:00 in China Standard Time). Null when there were no interactions. ${qualifying}`,
  evaluate: async (input) => {
    if (input.periods.length === 0) return [];
    return (await interactionSeries(input)).map(({ total, byHour }) => (total === 0 ? null : byHour.indexOf(Math.max(...byHour))));
  },
};

export const interactionKpis = [interactionCount, interactionFrequency, returnVisitRate, peakActivityHour];
