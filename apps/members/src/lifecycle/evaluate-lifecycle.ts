import type { LifecycleOverride, MemberLifecycleStage } from '@groundswell/events';
import { demotionDue } from './demotion-cadence';
import { checkActivitySummary, checkLifecycleRuleSet, type ActivitySummary, type LifecycleRuleSet } from './lifecycle-rule-set';
import { stageRank, targetStage } from './target-stage';

export interface LifecyclePosition {
  stage: MemberLifecycleStage;
  stageChangedAt?: Date;
  override?: LifecycleOverride;
}

export type LifecycleDecision = { to: MemberLifecycleStage; cause: 'promotion' | 'demotion' } | undefined;

/**
 * Where the rules move a member now, if anywhere: promotions at once, demotions only after a
 * cadence boundary, nothing while an operator's override is in force.
 */
export function evaluateLifecycle(
  position: LifecyclePosition,
  activity: ActivitySummary,
  rules: LifecycleRuleSet,
  at: Date,
): LifecycleDecision {
  checkLifecycleRuleSet(rules);
  checkActivitySummary(activity);
  if (overrideInForce(position.override, at)) return undefined;
  const to = targetStage(activity, rules, position.stage);
  const difference = stageRank[to] - stageRank[position.stage];
  if (difference > 0) return { to, cause: 'promotion' };
  if (difference < 0 && demotionDue(position.stageChangedAt, at, rules)) return { to, cause: 'demotion' };
  return undefined;
}

export function overrideInForce(override: LifecycleOverride | undefined, at: Date): boolean {
  return override !== undefined && (override.until === undefined || Date.parse(override.until) > at.getTime());
}
