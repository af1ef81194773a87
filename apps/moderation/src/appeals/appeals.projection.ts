import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { appealEventTypes, appealStreamType, type AppealEvent } from './appeal.events';

/** `moderation_appeals`: one row per appeal, open until decided. */
export const appealsProjection = defineProjection<AppealEvent>('moderation_appeals', {
  [appealEventTypes.filed]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO moderation_appeals (tenant_id, appeal_id, sanction_id, member_id, statement, filed_by_kind, filed_by_id, sanctioned_by, status, filed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9)`,
      [tenantId, data.appealId, data.sanctionId, data.memberId, data.statement, data.filedBy.kind, data.filedBy.id, data.sanctionedBy.id, occurredAt],
    ),
  [appealEventTypes.decided]: (client, { tenantId, occurredAt, data }) =>
    client.query('UPDATE moderation_appeals SET status = $3, decision_reason = $4, decided_by = $5, decided_at = $6 WHERE tenant_id = $1 AND appeal_id = $2', [
      tenantId,
      data.appealId,
      data.outcome,
      data.reason,
      data.reviewer.id,
      occurredAt,
    ]),
});

/** Applied by the event store on every append to an appeal stream. */
export const appealProjections: ProjectionRegistrations = { [appealStreamType]: [appealsProjection] };
