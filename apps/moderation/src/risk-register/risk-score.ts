/** The risk types of MOD-47: content, user, technology, market, policy. */
export const riskTypes = ['content', 'user', 'technology', 'market', 'policy'] as const;
export type RiskType = (typeof riskTypes)[number];

export const riskBands = ['low', 'medium', 'high', 'critical'] as const;
export type RiskBand = (typeof riskBands)[number];

/** Likelihood and impact are rated 1 (rare, negligible) to 5 (almost certain, severe) (MOD-48). */
export const MIN_RATING = 1;
export const MAX_RATING = 5;

export function isRating(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_RATING && value <= MAX_RATING;
}

/** Likelihood × impact on the usual 5 × 5 matrix, 1–25. */
export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** The matrix's bands: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical. */
export function riskBand(score: number): RiskBand {
  if (score >= 20) return 'critical';
  if (score >= 10) return 'high';
  return score >= 5 ? 'medium' : 'low';
}
