import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { reportEventTypes, reportStreamType, type ReportEvent } from './report.events';

/** `moderation_reports`: one row per report, with the case it joined. */
export const reportsProjection = defineProjection<ReportEvent>('moderation_reports', {
  [reportEventTypes.filed]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO moderation_reports (tenant_id, report_id, case_id, target_kind, target_id, community_id, category, detail, reported_by_kind, reported_by_id, filed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [tenantId, data.reportId, data.caseId, data.target.kind, data.target.id, data.target.communityId ?? null, data.category, data.detail ?? null, data.reportedBy.kind, data.reportedBy.id, occurredAt],
    ),
});

/** Applied by the event store on every append to a report stream. */
export const reportProjections: ProjectionRegistrations = { [reportStreamType]: [reportsProjection] };
