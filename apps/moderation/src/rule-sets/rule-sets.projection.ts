import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { ruleSetEventTypes, ruleSetStreamType, type RuleSetEvent } from './rule-set.events';

/** `rule_sets`: one row per rule set: its draft and its latest published version. */
export const ruleSetsProjection = defineProjection<RuleSetEvent>('rule_sets', {
  [ruleSetEventTypes.created]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO rule_sets (tenant_id, rule_set_id, title, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $4, $5)`,
      [tenantId, data.ruleSetId, data.title, occurredAt, data.createdBy],
    ),
  [ruleSetEventTypes.renamed]: (client, { tenantId, occurredAt, data }) =>
    client.query('UPDATE rule_sets SET title = $3, updated_at = $4, updated_by = $5 WHERE tenant_id = $1 AND rule_set_id = $2', [
      tenantId,
      data.ruleSetId,
      data.title,
      occurredAt,
      data.renamedBy,
    ]),
  [ruleSetEventTypes.revised]: (client, { tenantId, occurredAt, data }) =>
    client.query('UPDATE rule_sets SET draft_rules = $3, updated_at = $4, updated_by = $5 WHERE tenant_id = $1 AND rule_set_id = $2', [
      tenantId,
      data.ruleSetId,
      data.rules,
      occurredAt,
      data.revisedBy,
    ]),
  [ruleSetEventTypes.published]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `UPDATE rule_sets SET published_version = $3, published_rules = $4, published_at = $5, published_by = $6
       WHERE tenant_id = $1 AND rule_set_id = $2`,
      [tenantId, data.ruleSetId, data.version, data.rules, occurredAt, data.publishedBy],
    ),
});

/** Applied by the event store on every append to a rule set stream. */
export const ruleSetProjections: ProjectionRegistrations = { [ruleSetStreamType]: [ruleSetsProjection] };
