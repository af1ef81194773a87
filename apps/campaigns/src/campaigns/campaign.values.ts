// The vocabularies a campaign is described in (domain/seeds-inventory.md §3). GraphQL enums are made
// from these lists, so the API can never offer a value the events can't carry.

/** CMP-01…23: the kinds of campaign the seeds name (co-hosting, KOLs and paid traffic are attributes, not kinds). */
export const campaignKinds = [
  'promotion',
  'referral',
  'coupon',
  'lottery',
  'quiz',
  'contest',
  'challenge',
  'check_in',
  'vote',
  'interactive_game',
  'survey',
  'live_stream',
  'offline_event',
  'welfare',
  'product_trial',
  'holiday',
  'co_branded',
  'charity',
  'paid_course',
] as const;
export type CampaignKind = (typeof campaignKinds)[number];

/** CMP-30: what the campaign is for. */
export const goalObjectives = ['participation', 'awareness', 'sales', 'loyalty', 'acquisition'] as const;
export type GoalObjective = (typeof goalObjectives)[number];

/** What a goal target counts; `gmv` is in minor units of the budget's currency. */
export const goalMetrics = ['participants', 'new_members', 'referrals', 'conversions', 'gmv', 'leads', 'reach', 'check_ins'] as const;
export type GoalMetric = (typeof goalMetrics)[number];

/** CMP-31: where the campaign is promoted. */
export const promotionChannels = ['community_announcement', 'push', 'partner_channel', 'kol', 'paid_ads', 'live_stream', 'offline'] as const;
export type PromotionChannel = (typeof promotionChannels)[number];

/** CMP-18…20: who runs it with us. */
export const coHostKinds = ['partner_community', 'sponsor', 'media', 'kol', 'co_brand'] as const;
export type CoHostKind = (typeof coHostKinds)[number];

/** CMP-46, CMP-52: what the money is for. */
export const budgetCategories = ['platform', 'content', 'event', 'promotion', 'rewards', 'technology', 'other'] as const;
export type BudgetCategory = (typeof budgetCategories)[number];

export const campaignStatuses = ['draft', 'scheduled', 'running', 'paused', 'ended', 'reviewed'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

export const endReasons = ['schedule', 'operator'] as const;
export type EndReason = (typeof endReasons)[number];

export interface GoalTarget {
  metric: GoalMetric;
  value: number;
}

export interface CampaignGoal {
  objective: GoalObjective;
  targets: GoalTarget[];
}

/** Instants as ISO 8601 strings, as events carry them; `timeZone` is the IANA zone the campaign's days are counted in. */
export interface CampaignSchedule {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

export interface CoHost {
  kind: CoHostKind;
  name: string;
}

/** CMP-32, CMP-35: a step of the plan with its owner, time and expected result. */
export interface Milestone {
  title: string;
  owner: string;
  dueAt: string;
  expectedResult: string;
}

export interface BudgetLine {
  category: BudgetCategory;
  amountMinor: number;
}

/** CMP-28: a region's cost as a percentage of the base budget (tier-1 cities run 150). */
export interface RegionalMultiplier {
  region: string;
  percent: number;
}

/** CMP-46…49: amounts in minor units of `currency`; the reserve is held back from the lines. */
export interface CampaignBudget {
  currency: string;
  lines: BudgetLine[];
  reserveMinor: number;
  regionalMultipliers: RegionalMultiplier[];
}

/** Everything an operator plans before a campaign starts; revised as a whole. */
export interface CampaignPlan {
  name: string;
  goal: CampaignGoal;
  communityIds: string[];
  /** A segment of the members service; null targets every member of the communities. */
  segmentId: string | null;
  schedule: CampaignSchedule;
  channels: PromotionChannel[];
  coHosts: CoHost[];
  milestones: Milestone[];
  budget: CampaignBudget | null;
}

export interface GoalResult {
  metric: GoalMetric;
  actual: number;
}

/** CMP-34: the review after the campaign. */
export interface PostMortem {
  summary: string;
  lessons: string[];
  goalResults: GoalResult[];
}
