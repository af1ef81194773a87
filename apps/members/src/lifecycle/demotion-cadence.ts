import type { LifecycleRuleSet } from './lifecycle-rule-set';

const dayMs = 24 * 60 * 60 * 1000;

/** Which cadence period an instant falls in, on the tenant's clock: a day, an ISO week, or a month. */
export function cadencePeriod(at: Date, rules: Pick<LifecycleRuleSet, 'demotionCadence' | 'utcOffsetMinutes'>): number {
  const local = new Date(at.getTime() + rules.utcOffsetMinutes * 60 * 1000);
  const day = Math.floor(local.getTime() / dayMs);
  switch (rules.demotionCadence) {
    case 'daily':
      return day;
    case 'weekly':
      // Day 0 (1970-01-01) was a Thursday; shifting by 3 makes weeks start on Monday.
      return Math.floor((day + 3) / 7);
    case 'monthly':
      return local.getUTCFullYear() * 12 + local.getUTCMonth();
  }
}

/** A demotion may happen once a period boundary has passed since the stage last changed. */
export function demotionDue(
  lastChangedAt: Date | undefined,
  at: Date,
  rules: Pick<LifecycleRuleSet, 'demotionCadence' | 'utcOffsetMinutes'>,
): boolean {
  return lastChangedAt === undefined || cadencePeriod(at, rules) > cadencePeriod(lastChangedAt, rules);
}
