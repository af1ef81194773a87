import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { contentPlanEventTypes, contentPlanStreamType, type ContentPlanEvent } from './content-plan.events';

/** `content_plans`: each community's plan in force. */
export const contentPlansProjection = defineProjection<ContentPlanEvent>('content_plans', {
  [contentPlanEventTypes.set]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO content_plans (tenant_id, community_id, posts_per_week_min, posts_per_week_max, type_mix, stale_after_days, time_zone, regions, set_at, set_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (tenant_id, community_id) DO UPDATE SET posts_per_week_min = $3, posts_per_week_max = $4, type_mix = $5, stale_after_days = $6,
         time_zone = $7, regions = $8, set_at = $9, set_by = $10`,
      [tenantId, data.communityId, data.postsPerWeek.min, data.postsPerWeek.max, JSON.stringify(data.typeMix), data.staleAfterDays, data.timeZone, data.regions, occurredAt, data.setBy],
    ),
  [contentPlanEventTypes.removed]: (client, { tenantId, data }) => client.query('DELETE FROM content_plans WHERE tenant_id = $1 AND community_id = $2', [tenantId, data.communityId]),
});

/** Applied by the event store on every append to a content plan stream. */
export const contentPlanProjections: ProjectionRegistrations = { [contentPlanStreamType]: [contentPlansProjection] };
