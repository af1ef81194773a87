import type { ActivitySummary, LifecycleRuleSet } from './lifecycle-rule-set';

/** Test data only. */
export function aLifecycleRuleSet(overrides: Partial<LifecycleRuleSet> = {}): LifecycleRuleSet {
  return {
    version: 3,
    promotion: {
      active: { minActiveDays: 4, minInteractions: 5, minContributions: 0 },
      core: { minActiveDays: 12, minInteractions: 30, minContributions: 2 },
      koc: { minActiveDays: 20, minInteractions: 60, minContributions: 8 },
    },
    dormantAfterInactiveDays: 30,
    churnedAfterInactiveDays: 90,
    demotionCadence: 'weekly',
    utcOffsetMinutes: 480,
    ...overrides,
  };
}

export function anActivitySummary(overrides: Partial<ActivitySummary> = {}): ActivitySummary {
  return { activeDays: 0, interactions: 0, contributions: 0, daysSinceLastActive: 0, ...overrides };
}

export const activeActivity = () => anActivitySummary({ activeDays: 5, interactions: 8 });
export const coreActivity = () => anActivitySummary({ activeDays: 14, interactions: 40, contributions: 3 });
export const kocActivity = () => anActivitySummary({ activeDays: 25, interactions: 90, contributions: 10 });
