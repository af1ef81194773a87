import type { InlineProjection } from '@groundswell/event-store';
import { MemberChurnRiskAssessedV1, MemberChurnRiskReviewedV1 } from '@groundswell/events';

type Data = Record<string, any>;

/** `member_churn_risk`: the latest assessment per member and community, and its review. */
export const churnRiskProjection: InlineProjection = {
  name: 'member_churn_risk',
  table: 'member_churn_risk',
  createTable: async () => undefined,
  async apply(client, events, table) {
    for (const event of events) {
      const data = event.data as Data;
      if (event.type === MemberChurnRiskAssessedV1.type) {
        await client.query(
          `INSERT INTO ${table} (tenant_id, community_id, member_id, score, band, model_version, assessed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (tenant_id, community_id, member_id) DO UPDATE SET score = EXCLUDED.score, band = EXCLUDED.band,
             model_version = EXCLUDED.model_version, assessed_at = EXCLUDED.assessed_at,
             confirmed = NULL, reviewed_by = NULL, reviewed_at = NULL, note = NULL`,
          [event.tenantId, data.communityId, data.memberId, data.score, data.band, data.modelVersion, data.assessedAt],
        );
      } else if (event.type === MemberChurnRiskReviewedV1.type) {
        await client.query(
          `UPDATE ${table} SET confirmed = $4, reviewed_by = $5, reviewed_at = $6, note = $7 WHERE tenant_id = $1 AND community_id = $2 AND member_id = $3`,
          [event.tenantId, data.communityId, data.memberId, data.confirmed, data.reviewedBy.id, data.reviewedAt, data.note ? JSON.stringify(data.note) : null],
        );
      }
    }
  },
};
