import type { PoolClient } from 'pg';
import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { priorityRank } from './case-priority';
import { reviewCaseEventTypes, reviewCaseStreamType, type ReviewCaseEvent } from './review-case.events';

/** Updates one case row: `$1`–`$3` are the tenant, the case and the event's time; `values` follow from `$4`. */
const touch = (client: PoolClient, caseId: string, tenantId: string, occurredAt: Date, assignments: string, values: unknown[] = []) =>
  client.query(`UPDATE moderation_review_cases SET ${assignments}, updated_at = $3 WHERE tenant_id = $1 AND case_id = $2`, [tenantId, caseId, occurredAt, ...values]);

/** `moderation_review_cases`: one row per case, as the queue shows it now. */
export const reviewCasesProjection = defineProjection<ReviewCaseEvent>('moderation_review_cases', {
  [reviewCaseEventTypes.opened]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO moderation_review_cases (tenant_id, case_id, target_kind, target_id, community_id, source, priority, priority_rank, level,
         status, automatic_verdict, risk_score, report_count, opened_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10, $11, $12, $13, $13)`,
      [
        tenantId,
        data.caseId,
        data.target.kind,
        data.target.id,
        data.target.communityId ?? null,
        data.source,
        data.priority,
        priorityRank[data.priority],
        data.level,
        data.automaticVerdict?.verdict ?? null,
        data.automaticVerdict?.riskScore ?? null,
        data.source === 'report' ? 1 : 0,
        occurredAt,
      ],
    ),
  [reviewCaseEventTypes.reportAttached]: (client, { tenantId, occurredAt, data }) =>
    touch(client, data.caseId, tenantId, occurredAt, 'report_count = report_count + 1, priority = $4, priority_rank = $5', [data.priority, priorityRank[data.priority]]),
  [reviewCaseEventTypes.claimed]: (client, { tenantId, occurredAt, data }) => touch(client, data.caseId, tenantId, occurredAt, 'holder = $4', [data.moderator]),
  [reviewCaseEventTypes.released]: (client, { tenantId, occurredAt, data }) => touch(client, data.caseId, tenantId, occurredAt, 'holder = NULL'),
  [reviewCaseEventTypes.escalated]: (client, { tenantId, occurredAt, data }) =>
    touch(client, data.caseId, tenantId, occurredAt, 'holder = NULL, level = $4', [data.toLevel]),
  [reviewCaseEventTypes.decided]: (client, { tenantId, occurredAt, data }) =>
    touch(
      client,
      data.caseId,
      tenantId,
      occurredAt,
      `status = 'decided', holder = NULL, decision = $4, decision_reason = $5, decided_by = $6, overturns_automatic_verdict = $7, decided_at = $3`,
      [data.decision, data.reason ?? null, data.reviewer.id, data.overturnsAutomaticVerdict],
    ),
});

/** Applied by the event store on every append to a review case stream. */
export const reviewQueueProjections: ProjectionRegistrations = { [reviewCaseStreamType]: [reviewCasesProjection] };
