import type { MemberLifecycleStage } from '@groundswell/events';
import type { ActivitySummary, LifecycleRuleSet, StageThreshold } from './lifecycle-rule-set';

/** Higher is further along; a move up is a promotion, a move down a demotion. */
export const stageRank: Record<MemberLifecycleStage, number> = { churned: 0, dormant: 1, new: 2, active: 3, core: 4, koc: 5 };

const meets = (activity: ActivitySummary, threshold: StageThreshold) =>
  activity.activeDays >= threshold.minActiveDays &&
  activity.interactions >= threshold.minInteractions &&
  activity.contributions >= threshold.minContributions;

/**
 * The stage the rules put a member in. Below the `active` bar but not yet dormant, a member stays
 * `new` only while they have never been further; anyone else counts as `active` (a returning
 * dormant member is active again at once).
 */
export function targetStage(
  activity: ActivitySummary,
  rules: LifecycleRuleSet,
  current: MemberLifecycleStage,
): MemberLifecycleStage {
  if (activity.daysSinceLastActive >= rules.churnedAfterInactiveDays) return 'churned';
  if (activity.daysSinceLastActive >= rules.dormantAfterInactiveDays) return 'dormant';
  if (meets(activity, rules.promotion.koc)) return 'koc';
  if (meets(activity, rules.promotion.core)) return 'core';
  if (meets(activity, rules.promotion.active)) return 'active';
  return current === 'new' ? 'new' : 'active';
}
