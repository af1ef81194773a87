import { CampaignError } from './campaign.error';
import { budgetCategories, coHostKinds, goalMetrics, goalObjectives, promotionChannels, type CampaignBudget, type CampaignPlan, type PostMortem } from './campaign.values';

export const planLimits = {
  name: 100,
  communities: 50,
  targets: goalMetrics.length,
  coHosts: 20,
  milestones: 50,
  text: 500,
  summary: 5000,
  lessons: 20,
  regions: 20,
  /** A campaign runs at most a year; longer is a programme, not a campaign. */
  days: 366,
  /** The largest GraphQL Int: 21 million yuan in fen, beyond any one campaign's budget line. */
  amountMinor: 2_147_483_647,
} as const;

const DAY_MS = 86_400_000;

function text(value: string, max: number, code: 'NAME_INVALID' | 'PLAN_INVALID' | 'REASON_INVALID' | 'POST_MORTEM_INVALID', field: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) throw new CampaignError(code, `${field} must be 1–${max} characters`, { field, length: trimmed.length });
  return trimmed;
}

export const validReason = (reason: string) => text(reason, planLimits.text, 'REASON_INVALID', 'reason');

function instant(value: string, field: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new CampaignError('SCHEDULE_INVALID', `${field} is not an instant`, { field });
  return at;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0 && zone.length <= 64;
  } catch {
    return false;
  }
}

function unique<T>(values: readonly T[]): boolean {
  return new Set(values).size === values.length;
}

function validBudget(budget: CampaignBudget): CampaignBudget {
  const amount = (value: number) => Number.isSafeInteger(value) && value >= 0 && value <= planLimits.amountMinor;
  const fail = (message: string) => {
    throw new CampaignError('BUDGET_INVALID', message);
  };
  if (!/^[A-Z]{3}$/.test(budget.currency)) fail('The currency must be an ISO 4217 code such as CNY');
  if (budget.lines.length === 0 || !unique(budget.lines.map((line) => line.category))) fail('A budget has one line per category, at least one');
  if (budget.lines.some((line) => !budgetCategories.includes(line.category) || !amount(line.amountMinor))) fail('Line amounts are whole minor units, 0 or more');
  if (!amount(budget.reserveMinor)) fail('The reserve is whole minor units, 0 or more');
  const regions = budget.regionalMultipliers;
  if (regions.length > planLimits.regions || !unique(regions.map((entry) => entry.region.trim()))) fail(`At most ${planLimits.regions} regions, each once`);
  if (regions.some((entry) => !entry.region.trim() || entry.region.trim().length > 40 || !Number.isInteger(entry.percent) || entry.percent < 1 || entry.percent > 1000)) {
    fail('A regional multiplier names its region and a percentage of 1–1000');
  }
  return { ...budget, regionalMultipliers: regions.map((entry) => ({ region: entry.region.trim(), percent: entry.percent })) };
}

/** The plan as it will be recorded (trimmed), or the first thing wrong with it. */
export function validPlan(plan: CampaignPlan): CampaignPlan {
  const name = text(plan.name, planLimits.name, 'NAME_INVALID', 'name');
  const { goal } = plan;
  // CMP-30: a campaign without a goal has nothing to be measured against.
  if (!goalObjectives.includes(goal.objective) || goal.targets.length === 0 || !unique(goal.targets.map((target) => target.metric))) {
    throw new CampaignError('GOAL_INVALID', 'A goal needs an objective and at least one target, one per metric');
  }
  if (goal.targets.some((target) => !goalMetrics.includes(target.metric) || !Number.isSafeInteger(target.value) || target.value <= 0)) {
    throw new CampaignError('GOAL_INVALID', 'Each target is a whole number above 0');
  }
  if (plan.communityIds.length === 0 || plan.communityIds.length > planLimits.communities || !unique(plan.communityIds)) {
    throw new CampaignError('COMMUNITIES_INVALID', `A campaign runs in 1–${planLimits.communities} distinct communities`);
  }
  const { startsAt, endsAt, timeZone } = plan.schedule;
  const [start, end] = [instant(startsAt, 'startsAt'), instant(endsAt, 'endsAt')];
  if (end <= start || end.getTime() - start.getTime() > planLimits.days * DAY_MS) {
    throw new CampaignError('SCHEDULE_INVALID', `The campaign must end after it starts, within ${planLimits.days} days`);
  }
  if (!isTimeZone(timeZone)) throw new CampaignError('SCHEDULE_INVALID', 'The time zone must be an IANA zone such as Asia/Shanghai', { timeZone: timeZone.slice(0, 64) });
  if (!unique(plan.channels) || plan.channels.some((channel) => !promotionChannels.includes(channel))) {
    throw new CampaignError('PLAN_INVALID', 'Each promotion channel once');
  }
  if (plan.coHosts.length > planLimits.coHosts || plan.coHosts.some((host) => !coHostKinds.includes(host.kind))) {
    throw new CampaignError('PLAN_INVALID', `At most ${planLimits.coHosts} co-hosts`);
  }
  if (plan.milestones.length > planLimits.milestones) throw new CampaignError('PLAN_INVALID', `At most ${planLimits.milestones} milestones`);
  return {
    name,
    goal: { objective: goal.objective, targets: goal.targets.map(({ metric, value }) => ({ metric, value })) },
    communityIds: [...plan.communityIds],
    segmentId: plan.segmentId,
    schedule: { startsAt: start.toISOString(), endsAt: end.toISOString(), timeZone },
    channels: [...plan.channels],
    coHosts: plan.coHosts.map((host) => ({ kind: host.kind, name: text(host.name, planLimits.name, 'PLAN_INVALID', 'coHosts.name') })),
    milestones: plan.milestones.map((milestone) => ({
      title: text(milestone.title, planLimits.name, 'PLAN_INVALID', 'milestones.title'),
      owner: text(milestone.owner, planLimits.name, 'PLAN_INVALID', 'milestones.owner'),
      dueAt: instant(milestone.dueAt, 'milestones.dueAt').toISOString(),
      expectedResult: text(milestone.expectedResult, planLimits.text, 'PLAN_INVALID', 'milestones.expectedResult'),
    })),
    budget: plan.budget && validBudget(plan.budget),
  };
}

/** The post-mortem as recorded; its results may only name metrics the goal targeted. */
export function validPostMortem(postMortem: PostMortem, plan: CampaignPlan): PostMortem {
  const targeted = new Set(plan.goal.targets.map((target) => target.metric));
  if (postMortem.lessons.length > planLimits.lessons) throw new CampaignError('POST_MORTEM_INVALID', `At most ${planLimits.lessons} lessons`);
  const results = postMortem.goalResults;
  if (!unique(results.map((result) => result.metric)) || results.some((result) => !targeted.has(result.metric) || !Number.isSafeInteger(result.actual) || result.actual < 0)) {
    throw new CampaignError('POST_MORTEM_INVALID', 'Results are whole numbers, 0 or more, once for each targeted metric');
  }
  return {
    summary: text(postMortem.summary, planLimits.summary, 'POST_MORTEM_INVALID', 'summary'),
    lessons: postMortem.lessons.map((lesson) => text(lesson, planLimits.text, 'POST_MORTEM_INVALID', 'lessons')),
    goalResults: results.map(({ metric, actual }) => ({ metric, actual })),
  };
}
