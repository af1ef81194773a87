import { kpiDimensions, ratio, type KpiDefinition } from '../kpi-definition';
import { activeSeries } from './active-series';
import { membershipSeries } from './membership-series';

const monthDays = 30;
const active =
  'A member is active on a UTC day when at least one qualifying MemberActivityRecorded happened that day: message_posted, reaction, comment, check_in, live_attendance, share or purchase (visits and content views are passive and do not count). Counts are exact distinct members; at tenant level a member active in two communities counts once. Since version 2, two accounts merged into one member (a merge recorded by asOf and not undone by then) count once, on every day; version 1 counted each account.';

function activeMembersKpi(id: string, windowDays: number, en: string, zh: string): KpiDefinition {
  return {
    id,
    inventoryId: 'KPI-02',
    names: { en, zh },
    version: 2,
    formula: `count(distinct members with a qualifying activity in the ${windowDays} day(s) ending on the period’s last day)`,
    window: `${windowDays} UTC day(s) ending on each period’s last day`,
    dimensions: kpiDimensions,
    unit: 'members',
    definition: `${en}: distinct active members over the ${windowDays} day(s) ending on the last day of each period (at DAY granularity, that day itself). ${active}`,
    evaluate: async (input) => (await activeSeries(input, windowDays)).map((counts) => counts.members),
  };
}

export const dailyActiveMembers = activeMembersKpi('activity.dau', 1, 'Daily active members (DAU)', '日活躍用戶數');
export const weeklyActiveMembers = activeMembersKpi('activity.wau', 7, 'Weekly active members (WAU)', '週活躍用戶數');
export const monthlyActiveMembers = activeMembersKpi('activity.mau', monthDays, 'Monthly active members (MAU)', '月活躍用戶數');

export const stickiness: KpiDefinition = {
  id: 'activity.stickiness',
  inventoryId: 'KPI-19',
  names: { en: 'Stickiness (DAU ÷ MAU)', zh: '用戶粘性' },
  version: 2,
  formula: 'average DAU over the 30 days ending on the period’s last day ÷ MAU of the same 30 days',
  window: '30 UTC days ending on each period’s last day',
  dimensions: kpiDimensions,
  unit: 'ratio',
  definition: `How many of the month’s active members show up on an average day: the mean of the 30 daily active counts divided by the distinct active members of those 30 days, a fraction between 1/30 and 1. Null when nobody was active. ${active}`,
  evaluate: async (input) =>
    (await activeSeries(input, monthDays)).map((counts) => ratio(counts.memberDays / monthDays, counts.members)),
};

export const activityRate: KpiDefinition = {
  id: 'activity.rate',
  inventoryId: 'KPI-07',
  names: { en: 'Activity rate', zh: '用戶活躍度' },
  version: 2,
  formula: 'MAU (30 days ending on the period’s last day) ÷ members at the end of the period',
  window: '30 UTC days ending on each period’s last day',
  dimensions: kpiDimensions,
  unit: 'ratio',
  definition: `Share of members who were active in the last 30 days: 170 active of 200 members is 0.85 (the seeds’ “維持在85%以上” band). The denominator is community size (members.total) at the end of the period; members who left but were active earlier in the window still count in the numerator, so the rate can exceed 1 for a shrinking community. Null when there are no members. ${active}`,
  evaluate: async (input) => {
    const [counts, members] = await Promise.all([activeSeries(input, monthDays), membershipSeries(input)]);
    return counts.map((count, index) => ratio(count.members, members[index]!.closing));
  },
};

export const activityKpis = [dailyActiveMembers, weeklyActiveMembers, monthlyActiveMembers, stickiness, activityRate];
