import type { ChurnRiskBand } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';

/** What the churn-risk score is computed from, for one member in one community at one instant. */
export interface ChurnFacts {
  /** Days since the member's last activity in the community (since joining when there was none). */
  daysSinceLastActive: number;
  /** Distinct days with activity in the community over the last 30 days. */
  activeDaysLast30: number;
  /** Purchases in the community plus points redemptions over the last 90 days. */
  purchasesLast90: number;
}

/**
 * Churn-risk model `churn-v1` (documented in docs/members-automation.md). Each factor is a risk in 0–1:
 * - recency   = min(1, daysSinceLastActive / 60): a day's silence is nothing, two months is all;
 * - frequency = 1 − min(1, activeDaysLast30 / 12): 12 active days a month (the "core" bar) is no risk;
 * - purchases = 1 − min(1, purchasesLast90 / 2): two purchases or redemptions a quarter is no risk.
 * score = 0.5·recency + 0.3·frequency + 0.2·purchases, rounded to 3 decimals. Recency weighs most:
 * it is the strongest single sign of leaving; frequency and spending say how attached a member is.
 */
export const churnRiskModel = {
  version: 'churn-v1',
  weights: { recency: 0.5, frequency: 0.3, purchases: 0.2 },
  saturation: { quietDays: 60, activeDays: 12, purchases: 2 },
  /** low < 0.4 ≤ medium < 0.7 ≤ high */
  bands: { medium: 0.4, high: 0.7 },
} as const;

export interface ChurnScore {
  score: number;
  band: ChurnRiskBand;
  factors: { recency: number; frequency: number; purchases: number };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function checkChurnFacts(facts: ChurnFacts): ChurnFacts {
  const counts = [facts.daysSinceLastActive, facts.activeDaysLast30, facts.purchasesLast90];
  if (!counts.every((count) => Number.isInteger(count) && count >= 0) || facts.activeDaysLast30 > 30) {
    throw new MemberDomainError('INVALID_CHURN_SCORE', 'Churn facts are whole numbers ≥ 0, at most 30 active days', { facts });
  }
  return facts;
}

export function bandOf(score: number): ChurnRiskBand {
  if (score >= churnRiskModel.bands.high) return 'high';
  return score >= churnRiskModel.bands.medium ? 'medium' : 'low';
}

export function scoreChurnRisk(facts: ChurnFacts): ChurnScore {
  checkChurnFacts(facts);
  const { weights, saturation } = churnRiskModel;
  const factors = {
    recency: round(Math.min(1, facts.daysSinceLastActive / saturation.quietDays)),
    frequency: round(1 - Math.min(1, facts.activeDaysLast30 / saturation.activeDays)),
    purchases: round(1 - Math.min(1, facts.purchasesLast90 / saturation.purchases)),
  };
  const score = round(weights.recency * factors.recency + weights.frequency * factors.frequency + weights.purchases * factors.purchases);
  return { score, band: bandOf(score), factors };
}
