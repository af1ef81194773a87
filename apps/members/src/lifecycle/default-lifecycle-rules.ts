import type { LifecycleRuleSet } from './lifecycle-rule-set';

/**
 * The rule set every tenant starts with (the seeds give no thresholds: these are ours, documented
 * in the README). Over the last 30 days: active = 4 active days and 5 interactions; core = 12 days,
 * 30 interactions, 2 contributions; KOC = 20 days, 60 interactions, 8 contributions. Dormant after
 * 30 quiet days, churned after 90. Demotions wait for the next month (China time).
 */
export const defaultLifecycleRules: LifecycleRuleSet = {
  version: 1,
  promotion: {
    active: { minActiveDays: 4, minInteractions: 5, minContributions: 0 },
    core: { minActiveDays: 12, minInteractions: 30, minContributions: 2 },
    koc: { minActiveDays: 20, minInteractions: 60, minContributions: 8 },
  },
  dormantAfterInactiveDays: 30,
  churnedAfterInactiveDays: 90,
  demotionCadence: 'monthly',
  utcOffsetMinutes: 480,
};

export const ACTIVITY_WINDOW_DAYS = 30;
