import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { escalationPolicyEventTypes, escalationPolicyStreamType, type EscalationPolicyEvent } from './escalation-policy/escalation-policy.decider';
import { memberSanctionsStreamType, sanctionEventTypes, type SanctionEvent } from './sanction.events';

/** `moderation_sanctions`: one row per sanction, with whether it is in force, lifted or over. */
export const sanctionsProjection = defineProjection<SanctionEvent>('moderation_sanctions', {
  [sanctionEventTypes.applied]: (client, { tenantId, data }) =>
    client.query(
      `INSERT INTO moderation_sanctions (tenant_id, sanction_id, member_id, kind, community_id, content_id, duration_minutes, expires_at, rule_id, reason,
         notice, applied_by_kind, applied_by_id, applied_at, case_id, escalation_policy_version, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 'active')`,
      [
        tenantId,
        data.sanctionId,
        data.memberId,
        data.kind,
        data.communityId ?? null,
        data.contentId ?? null,
        data.durationMinutes ?? null,
        data.expiresAt ?? null,
        data.ruleId,
        data.reason,
        data.notice,
        data.appliedBy.kind,
        data.appliedBy.id,
        data.appliedAt,
        data.caseId ?? null,
        data.escalation?.policyVersion ?? null,
      ],
    ),
  [sanctionEventTypes.lifted]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `UPDATE moderation_sanctions SET status = 'lifted', lifted_at = $3, lifted_by = $4, lift_reason = $5, appeal_id = $6 WHERE tenant_id = $1 AND sanction_id = $2`,
      [tenantId, data.sanctionId, occurredAt, data.liftedBy.id, data.reason, data.appealId ?? null],
    ),
  [sanctionEventTypes.expired]: (client, { tenantId, data }) =>
    client.query(`UPDATE moderation_sanctions SET status = 'expired', expired_at = $3 WHERE tenant_id = $1 AND sanction_id = $2`, [tenantId, data.sanctionId, data.expiredAt]),
});

/** `moderation_escalation_policies`: the policy in force per tenant (none: the default). */
export const escalationPoliciesProjection = defineProjection<EscalationPolicyEvent>('moderation_escalation_policies', {
  [escalationPolicyEventTypes.set]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO moderation_escalation_policies (tenant_id, version, steps, set_by, set_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id) DO UPDATE SET version = EXCLUDED.version, steps = EXCLUDED.steps, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
      [tenantId, data.version, JSON.stringify(data.steps), data.setBy, occurredAt],
    ),
});

/** Applied by the event store on every append to a member's sanctions or a tenant's escalation policy. */
export const sanctionProjections: ProjectionRegistrations = {
  [memberSanctionsStreamType]: [sanctionsProjection],
  [escalationPolicyStreamType]: [escalationPoliciesProjection],
};
