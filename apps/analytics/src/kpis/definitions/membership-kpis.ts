import { kpiDimensions, ratio, type KpiDefinition } from '../kpi-definition';
import { membershipSeries } from './membership-series';

const period = 'the period: a UTC day, ISO week (Monday–Sunday) or calendar month, by granularity';
const periodEnd = 'a snapshot at the end of each period’s last UTC day';
const mergedOnce =
  'Since version 2, when two members merged (a merge recorded by asOf and not undone by then) both hold a membership of the same community, it counts once; version 1 counted both. Joins and departures stay events, so members.new and members.left do not change with merges.';
const counted =
  'A MemberJoined counts on the UTC day it happened (its `time`), however late it was recorded; duplicates of one event id count once.';

export const newMembers: KpiDefinition = {
  id: 'members.new',
  inventoryId: 'KPI-01',
  names: { en: 'New members', zh: '新用戶數量' },
  version: 1,
  formula: 'count(MemberJoined) in the period',
  window: period,
  dimensions: kpiDimensions,
  unit: 'members',
  definition: `Memberships started in the period: the number of MemberJoined events whose time falls in it. A member joining two communities counts twice at tenant level, once per community. ${counted}`,
  evaluate: async (input) => (await membershipSeries(input)).map((point) => point.joined),
};

export const leftMembers: KpiDefinition = {
  id: 'members.left',
  inventoryId: 'KPI-04',
  names: { en: 'Members who left', zh: '流失用戶數量' },
  version: 1,
  formula: 'count(MemberLeft) in the period',
  window: period,
  dimensions: kpiDimensions,
  unit: 'members',
  definition: `Memberships ended in the period, whatever the reason (left, removed, banned, account closed): the number of MemberLeft events whose time falls in it. It is the outflow side of growth (KPI-04). ${counted.replace('MemberJoined', 'MemberLeft')}`,
  evaluate: async (input) => (await membershipSeries(input)).map((point) => point.departed),
};

export const netMembers: KpiDefinition = {
  id: 'members.net',
  inventoryId: 'KPI-04',
  names: { en: 'Net member growth', zh: '用戶淨增長' },
  version: 1,
  formula: 'count(MemberJoined) − count(MemberLeft) in the period',
  window: period,
  dimensions: kpiDimensions,
  unit: 'members',
  definition: `New members minus members who left in the period; negative when the community shrank. ${counted}`,
  evaluate: async (input) => (await membershipSeries(input)).map((point) => point.joined - point.departed),
};

export const totalMembers: KpiDefinition = {
  id: 'members.total',
  inventoryId: 'KPI-05',
  names: { en: 'Community size', zh: '社群成員數量' },
  version: 2,
  formula: 'count(MemberJoined) − count(MemberLeft), from the beginning to the end of the period, − memberships merged members hold twice in one community',
  window: periodEnd,
  dimensions: kpiDimensions,
  unit: 'members',
  definition: `Members at the end of the period: every membership ever started minus every membership ended, up to and including the period’s last day. At tenant level a person in two communities counts twice (memberships, not people). ${mergedOnce} ${counted}`,
  evaluate: async (input) => (await membershipSeries(input)).map((point) => point.closing),
};

export const memberGrowthRate: KpiDefinition = {
  id: 'members.growth_rate',
  inventoryId: 'KPI-04',
  names: { en: 'Member growth rate', zh: '用戶增長率' },
  version: 2,
  formula: '(members at end of period − members at start of period) ÷ members at start of period',
  window: period,
  dimensions: kpiDimensions,
  unit: 'ratio',
  definition:
    `Relative growth over the period, as a fraction: 0.5 means the community grew by half (the seeds’ “用戶增長率維持在50%以上”). It is a relative change, never a difference in percentage points. Members at the start are those at the end of the day before the period (members.total, so merged members count once since version 2); when there were none the rate is undefined (null) rather than infinite.`,
  evaluate: async (input) => (await membershipSeries(input)).map((point) => ratio(point.closing - point.opening, point.opening)),
};

export const membershipKpis = [newMembers, leftMembers, netMembers, totalMembers, memberGrowthRate];
