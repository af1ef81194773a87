/** A review case as the queue shows it. */
export interface ReviewCaseRecord {
  id: string;
  targetKind: 'content' | 'message' | 'member';
  targetId: string;
  communityId: string | null;
  source: 'screening' | 'report';
  priority: 'low' | 'normal' | 'high' | 'urgent';
  level: number;
  status: 'open' | 'decided';
  holder: string | null;
  automaticVerdict: 'censored' | 'needs_review' | 'blocked' | null;
  riskScore: number | null;
  reportCount: number;
  decision: 'approved' | 'rejected' | null;
  decisionReason: string | null;
  decidedBy: string | null;
  overturnsAutomaticVerdict: boolean | null;
  openedAt: Date;
  decidedAt: Date | null;
}

export const reviewCaseRecordColumns = `case_id AS id, target_kind AS "targetKind", target_id AS "targetId", community_id AS "communityId", source,
  priority, level, status, holder, automatic_verdict AS "automaticVerdict", risk_score AS "riskScore", report_count AS "reportCount", decision,
  decision_reason AS "decisionReason", decided_by AS "decidedBy", overturns_automatic_verdict AS "overturnsAutomaticVerdict",
  opened_at AS "openedAt", decided_at AS "decidedAt", priority_rank AS "priorityRank"`;
