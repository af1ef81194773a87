import { defaultLifecycleRules } from './default-lifecycle-rules';
import type { ActivitySummary, LifecycleRuleSet } from './lifecycle-rule-set';

/** Test data only: the default thresholds, demoting weekly. */
export function aLifecycleRuleSet(overrides: Partial<LifecycleRuleSet> = {}): LifecycleRuleSet {
  return { ...defaultLifecycleRules, version: 3, demotionCadence: 'weekly', ...overrides };
}

export function anActivitySummary(overrides: Partial<ActivitySummary> = {}): ActivitySummary {
  return { activeDays: 0, interactions: 0, contributions: 0, daysSinceLastActive: 0, ...overrides };
}

export const activeActivity = () => anActivitySummary({ activeDays: 5, interactions: 8 });
export const coreActivity = () => anActivitySummary({ activeDays: 14, interactions: 40, contributions: 3 });
export const kocActivity = () => anActivitySummary({ activeDays: 25, interactions: 90, contributions: 10 });
