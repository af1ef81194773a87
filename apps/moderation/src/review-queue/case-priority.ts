import type { ReportCategory } from '@groundswell/events';
import type { CasePriority } from './review-case.events';

export const priorityRank: Record<CasePriority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };

/** Distinct reporters at which a report case jumps the queue: one report may be a grudge, three rarely are. */
export const REPORTERS_FOR_HIGH_PRIORITY = 3;

// Fraud and political content do the most harm per minute left up (MOD-25), so they go first.
const urgentCategories: readonly ReportCategory[] = ['fraud', 'politics'];

export const higherPriority = (a: CasePriority, b: CasePriority): CasePriority => (priorityRank[a] >= priorityRank[b] ? a : b);

export function screeningPriority(verdict: 'censored' | 'needs_review' | 'blocked', riskScore: number): CasePriority {
  if (verdict === 'blocked') return riskScore >= 0.9 ? 'urgent' : 'high';
  if (verdict === 'censored') return 'low';
  return riskScore >= 0.8 ? 'high' : 'normal';
}

export function reportPriority(category: ReportCategory, distinctReporters: number): CasePriority {
  if (urgentCategories.includes(category) || distinctReporters >= REPORTERS_FOR_HIGH_PRIORITY) return 'high';
  return 'normal';
}
