/** What screening knows besides the text; everything it needs is passed in, so it stays pure. */
export interface ScreeningContext {
  communityId?: string;
  memberId?: string;
  /** Messages this member sent in the community in the last minute, this one included (MOD-01 flooding). */
  memberMessagesLastMinute?: number;
  /** A risk score at or above this sends otherwise passing text to review. Default 0.7. */
  reviewRiskThreshold?: number;
}

export const DEFAULT_REVIEW_RISK_THRESHOLD = 0.7;
