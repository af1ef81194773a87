import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { crisisAlertEventTypes, crisisAlertStreamType, type CrisisAlertEvent } from './crisis-alert.events';
import { crisisObservationEventTypes, crisisObservationsStreamType, type CrisisObservationEvent } from './crisis-observation.events';
import { crisisPlaybookEventTypes, crisisPlaybookStreamType, type CrisisPlaybookEvent } from './crisis-playbook.events';
import { crisisSettingsEventTypes, crisisSettingsStreamType, type CrisisSettingsEvent } from './crisis-settings.events';

/** `crisis_observations`: what the monitors read their windows from. */
export const crisisObservationsProjection = defineProjection<CrisisObservationEvent>('crisis_observations', {
  [crisisObservationEventTypes.recorded]: (client, { tenantId, eventId, data }) =>
    client.query(
      `INSERT INTO crisis_observations (tenant_id, event_id, community_id, kind, observed_at, negative, topics) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tenantId, eventId, data.communityId, data.kind, data.observedAt, data.kind === 'message' ? data.negative : null, data.kind === 'message' ? data.topics : []],
    ),
});

const updateAlert = (sets: string) => `UPDATE crisis_alerts SET ${sets} WHERE tenant_id = $1 AND alert_id = $2`;

/** `crisis_alerts` with their post-mortem notes: each alert as it stands, for the crisis team. */
export const crisisAlertsProjection = defineProjection<CrisisAlertEvent>('crisis_alerts', {
  [crisisAlertEventTypes.raised]: (client, { tenantId, data }) =>
    client.query(
      `INSERT INTO crisis_alerts (tenant_id, alert_id, community_id, topic, indicator, value, threshold, severity, crisis_type, thresholds_version,
         status, raised_at, sla_minutes, response_due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'raised', $11, $12, $13)`,
      [tenantId, data.alertId, data.communityId, data.topic ?? null, data.indicator, data.value, data.threshold, data.severity, data.crisisType, data.thresholdsVersion, data.raisedAt, data.slaMinutes, data.responseDueAt],
    ),
  [crisisAlertEventTypes.escalated]: (client, { tenantId, data }) =>
    client.query(updateAlert(`escalations = escalations || $3::jsonb`), [
      tenantId,
      data.alertId,
      JSON.stringify([{ reason: data.reason, recipients: data.recipients, note: data.note ?? null, escalatedAt: data.escalatedAt }]),
    ]),
  [crisisAlertEventTypes.acknowledged]: (client, { tenantId, data }) =>
    client.query(updateAlert(`status = 'acknowledged', acknowledged_at = $3, acknowledged_by = $4, severity = $5, crisis_type = $6`), [
      tenantId,
      data.alertId,
      data.acknowledgedAt,
      data.acknowledgedBy,
      data.severity,
      data.crisisType,
    ]),
  [crisisAlertEventTypes.slaBreached]: (client, { tenantId, data }) => client.query(updateAlert('sla_breached_at = $3'), [tenantId, data.alertId, data.detectedAt]),
  [crisisAlertEventTypes.firstResponseRecorded]: (client, { tenantId, data }) =>
    client.query(
      updateAlert(`status = 'responded', first_response_at = $3, first_response_channel = $4, first_response_statement = $5, first_response_by = $6, response_within_sla = $7`),
      [tenantId, data.alertId, data.respondedAt, data.channel, data.statement, data.respondedBy, data.withinSla],
    ),
  [crisisAlertEventTypes.resolved]: (client, { tenantId, data }) =>
    client.query(updateAlert(`status = 'resolved', resolved_at = $3, resolved_by = $4, outcome = $5, resolution_summary = $6`), [
      tenantId,
      data.alertId,
      data.resolvedAt,
      data.resolvedBy,
      data.outcome,
      data.summary,
    ]),
  [crisisAlertEventTypes.postMortemNoteAdded]: (client, { tenantId, data }) =>
    client.query(
      `INSERT INTO crisis_post_mortem_notes (tenant_id, alert_id, note_id, note, lessons, written_by, written_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tenantId, data.alertId, data.noteId, data.note, data.lessons, data.writtenBy, data.writtenAt],
    ),
});

const upsertSettings = (column: string) => `
  INSERT INTO crisis_settings (tenant_id, ${column}, updated_at, updated_by) VALUES ($1, $2, $3, $4)
  ON CONFLICT (tenant_id) DO UPDATE SET ${column} = EXCLUDED.${column}, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`;

/** `crisis_settings`: each tenant's current thresholds (with their version) and escalation list. */
export const crisisSettingsProjection = defineProjection<CrisisSettingsEvent>('crisis_settings', {
  [crisisSettingsEventTypes.thresholdsSet]: async (client, { tenantId, occurredAt, data }) => {
    await client.query(upsertSettings('thresholds'), [tenantId, JSON.stringify(data.thresholds), occurredAt, data.setBy]);
    await client.query('UPDATE crisis_settings SET thresholds_version = $2 WHERE tenant_id = $1', [tenantId, data.version]);
  },
  [crisisSettingsEventTypes.escalationListSet]: (client, { tenantId, occurredAt, data }) =>
    client.query(upsertSettings('escalation_list'), [tenantId, JSON.stringify(data.contacts), occurredAt, data.setBy]),
});

/** `crisis_playbooks`: the current version of each crisis type's playbook. */
export const crisisPlaybooksProjection = defineProjection<CrisisPlaybookEvent>('crisis_playbooks', {
  [crisisPlaybookEventTypes.defined]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO crisis_playbooks (tenant_id, crisis_type, version, title, steps, roster, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (tenant_id, crisis_type) DO UPDATE SET version = EXCLUDED.version, title = EXCLUDED.title, steps = EXCLUDED.steps,
         roster = EXCLUDED.roster, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
      [tenantId, data.crisisType, data.version, data.title, JSON.stringify(data.steps), JSON.stringify(data.roster), occurredAt, data.definedBy],
    ),
});

/** Applied by the event store on every append to these stream types; crisis monitors have no read model. */
export const crisisProjections: ProjectionRegistrations = {
  [crisisObservationsStreamType]: [crisisObservationsProjection],
  [crisisAlertStreamType]: [crisisAlertsProjection],
  [crisisSettingsStreamType]: [crisisSettingsProjection],
  [crisisPlaybookStreamType]: [crisisPlaybooksProjection],
};
