import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import type { PoolClient } from 'pg';
import { riskEventTypes, riskStreamType, type RiskAssessment, type RiskEvent } from './risk.events';

function recordAssessment(client: PoolClient, tenantId: string, eventId: string, riskId: string, assessment: RiskAssessment, note: string | null, by: string, at: Date) {
  return client.query(
    `INSERT INTO risk_assessments (tenant_id, event_id, risk_id, likelihood, impact, score, band, potential_loss_yuan, note, assessed_by, assessed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [tenantId, eventId, riskId, assessment.likelihood, assessment.impact, assessment.score, assessment.band, assessment.potentialLossYuan ?? null, note, by, at],
  );
}

/** `risks`, one row per risk as it stands, and `risk_assessments`, every rating it was given. */
export const risksProjection = defineProjection<RiskEvent>('risks', {
  [riskEventTypes.registered]: async (client, { tenantId, eventId, occurredAt, data }) => {
    const { assessment } = data;
    await client.query(
      `INSERT INTO risks (tenant_id, risk_id, risk_type, title, description, likelihood, impact, score, band, potential_loss_yuan, owner, review_due,
         registered_at, registered_by, last_assessed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $13)`,
      [tenantId, data.riskId, data.riskType, data.title, data.description ?? null, assessment.likelihood, assessment.impact, assessment.score, assessment.band,
        assessment.potentialLossYuan ?? null, data.owner, data.reviewDue, occurredAt, data.registeredBy],
    );
    await recordAssessment(client, tenantId, eventId, data.riskId, assessment, null, data.registeredBy, occurredAt);
  },
  [riskEventTypes.reassessed]: async (client, { tenantId, eventId, occurredAt, data }) => {
    const { assessment } = data;
    await client.query(
      `UPDATE risks SET likelihood = $3, impact = $4, score = $5, band = $6, potential_loss_yuan = $7, review_due = $8, last_assessed_at = $9
       WHERE tenant_id = $1 AND risk_id = $2`,
      [tenantId, data.riskId, assessment.likelihood, assessment.impact, assessment.score, assessment.band, assessment.potentialLossYuan ?? null, data.reviewDue, occurredAt],
    );
    await recordAssessment(client, tenantId, eventId, data.riskId, assessment, data.note, data.reassessedBy, occurredAt);
  },
  [riskEventTypes.ownerChanged]: (client, { tenantId, data }) =>
    client.query('UPDATE risks SET owner = $3 WHERE tenant_id = $1 AND risk_id = $2', [tenantId, data.riskId, data.owner]),
  [riskEventTypes.closed]: (client, { tenantId, occurredAt, data }) =>
    client.query(`UPDATE risks SET status = 'closed', closed_at = $3, closed_reason = $4 WHERE tenant_id = $1 AND risk_id = $2`, [tenantId, data.riskId, occurredAt, data.reason]),
});

export const riskProjections: ProjectionRegistrations = { [riskStreamType]: [risksProjection] };
