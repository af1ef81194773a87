import { MemberDomainError } from '../shared/member-domain.error';

/** What a member did in one community over the tenant's activity window (e.g. the last 30 days). */
export interface ActivitySummary {
  activeDays: number;
  interactions: number;
  /** Posts, answers, UGC: what makes a member a key opinion consumer rather than a reader. */
  contributions: number;
  /** Days since the last activity of any kind; since joining when there was none. */
  daysSinceLastActive: number;
}

export interface StageThreshold {
  minActiveDays: number;
  minInteractions: number;
  minContributions: number;
}

/** A tenant's lifecycle rules. Every change is a new version, recorded on each stage change it causes. */
export interface LifecycleRuleSet {
  version: number;
  promotion: { active: StageThreshold; core: StageThreshold; koc: StageThreshold };
  dormantAfterInactiveDays: number;
  churnedAfterInactiveDays: number;
  /** Demotions wait for the next period boundary, so a quiet week doesn't flip a member back and forth. */
  demotionCadence: (typeof demotionCadences)[number];
  /** The tenant's clock, for where days, weeks (Monday) and months begin; +480 for China. */
  utcOffsetMinutes: number;
}

export const demotionCadences = ['daily', 'weekly', 'monthly'] as const;

const invalid = (message: string) => new MemberDomainError('INVALID_LIFECYCLE_RULES', message);
const isCount = (value: number) => Number.isInteger(value) && value >= 0;

export function checkLifecycleRuleSet(rules: LifecycleRuleSet): LifecycleRuleSet {
  if (!Number.isInteger(rules.version) || rules.version < 1) throw invalid('A rule set version is an integer ≥ 1');
  const { active, core, koc } = rules.promotion;
  for (const threshold of [active, core, koc]) {
    if (![threshold.minActiveDays, threshold.minInteractions, threshold.minContributions].every(isCount)) {
      throw invalid('Thresholds are whole numbers ≥ 0');
    }
  }
  const atLeast = (higher: StageThreshold, lower: StageThreshold) =>
    higher.minActiveDays >= lower.minActiveDays &&
    higher.minInteractions >= lower.minInteractions &&
    higher.minContributions >= lower.minContributions;
  if (!atLeast(core, active) || !atLeast(koc, core)) throw invalid('Each stage must ask at least as much as the one below');
  const { dormantAfterInactiveDays: dormant, churnedAfterInactiveDays: churned } = rules;
  if (!isCount(dormant) || !isCount(churned) || dormant < 1 || churned <= dormant) {
    throw invalid('Members go dormant after ≥ 1 inactive day and churn later than that');
  }
  if (!demotionCadences.includes(rules.demotionCadence)) throw invalid(`demotionCadence is one of ${demotionCadences.join(', ')}`);
  if (!Number.isInteger(rules.utcOffsetMinutes) || Math.abs(rules.utcOffsetMinutes) > 14 * 60) {
    throw invalid('utcOffsetMinutes must be a whole number within ±14 hours');
  }
  return rules;
}

export function checkActivitySummary(activity: ActivitySummary): ActivitySummary {
  const counts = [activity.activeDays, activity.interactions, activity.contributions, activity.daysSinceLastActive];
  if (!counts.every(isCount)) throw new MemberDomainError('INVALID_ACTIVITY', 'Activity counts are whole numbers ≥ 0');
  return activity;
}
