import { defineProjection } from '@groundswell/event-store';
import { MemberChurnRiskAssessedV1, MemberChurnRiskReviewedV1 } from '@groundswell/events';
import type { DomainEventOf } from '../shared/domain-event';

type ChurnRiskEvent = DomainEventOf<typeof MemberChurnRiskAssessedV1 | typeof MemberChurnRiskReviewedV1>;

/** `member_churn_risk`: the latest assessment per member and community, and its review. */
export const churnRiskProjection = defineProjection<ChurnRiskEvent>('member_churn_risk', {
  [MemberChurnRiskAssessedV1.type]: (client, { tenantId, data }) =>
    client.query(
      `INSERT INTO member_churn_risk (tenant_id, community_id, member_id, score, band, model_version, assessed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, community_id, member_id) DO UPDATE SET score = EXCLUDED.score, band = EXCLUDED.band,
         model_version = EXCLUDED.model_version, assessed_at = EXCLUDED.assessed_at,
         confirmed = NULL, reviewed_by = NULL, reviewed_at = NULL, note = NULL`,
      [tenantId, data.communityId, data.memberId, data.score, data.band, data.modelVersion, data.assessedAt],
    ),
  [MemberChurnRiskReviewedV1.type]: (client, { tenantId, data }) =>
    client.query(
      `UPDATE member_churn_risk SET confirmed = $4, reviewed_by = $5, reviewed_at = $6, note = $7 WHERE tenant_id = $1 AND community_id = $2 AND member_id = $3`,
      [tenantId, data.communityId, data.memberId, data.confirmed, data.reviewedBy.id, data.reviewedAt, data.note ? JSON.stringify(data.note) : null],
    ),
});
