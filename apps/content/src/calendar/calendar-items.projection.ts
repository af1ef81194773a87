import { defineProjection } from '@groundswell/event-store';
import type { PoolClient } from 'pg';

// The content items feature's events this calendar reads (contracts in
// libs/events/src/content/content-item-events.ts); only the fields used here.
export const calendarItemEventTypes = {
  created: 'groundswell.content.ContentItemCreated.v1',
  revised: 'groundswell.content.ContentItemRevised.v1',
  scheduled: 'groundswell.content.ContentScheduled.v1',
  unscheduled: 'groundswell.content.ContentUnscheduled.v1',
  published: 'groundswell.content.ContentPublished.v1',
  archived: 'groundswell.content.ContentArchived.v1',
} as const;

type ItemContent = { contentItemId: string; title: string; contentType: string; communityIds: string[] };
export type CalendarItemEvent =
  | { type: typeof calendarItemEventTypes.created; data: ItemContent }
  | { type: typeof calendarItemEventTypes.revised; data: ItemContent }
  | { type: typeof calendarItemEventTypes.scheduled; data: { contentItemId: string; publishAt: string } }
  | { type: typeof calendarItemEventTypes.unscheduled; data: { contentItemId: string } }
  | { type: typeof calendarItemEventTypes.published; data: { contentItemId: string; communityIds: string[]; publishedAt: string } }
  | { type: typeof calendarItemEventTypes.archived; data: { contentItemId: string } };

const upsertContent = `
  WITH targets AS (SELECT unnest($3::uuid[]) AS community_id),
  removed AS (DELETE FROM content_calendar_items WHERE tenant_id = $1 AND content_item_id = $2 AND community_id <> ALL($3::uuid[]))
  INSERT INTO content_calendar_items (tenant_id, content_item_id, community_id, title, content_type, status)
  SELECT $1, $2, community_id, $4, $5, 'draft' FROM targets
  ON CONFLICT (tenant_id, content_item_id, community_id) DO UPDATE SET title = $4, content_type = $5`;

const setContent = (client: PoolClient, tenantId: string, data: ItemContent) =>
  client.query(upsertContent, [tenantId, data.contentItemId, data.communityIds, data.title, data.contentType]);

/**
 * `content_calendar_items`, inline with the content items' stream: register it for the content
 * item stream type beside the items' own projections.
 */
export const contentCalendarItemsProjection = defineProjection<CalendarItemEvent>('content_calendar_items', {
  [calendarItemEventTypes.created]: (client, { tenantId, data }) => setContent(client, tenantId, data),
  [calendarItemEventTypes.revised]: (client, { tenantId, data }) => setContent(client, tenantId, data),
  [calendarItemEventTypes.scheduled]: (client, { tenantId, data }) =>
    client.query(`UPDATE content_calendar_items SET status = 'scheduled', publish_at = $3 WHERE tenant_id = $1 AND content_item_id = $2`, [tenantId, data.contentItemId, data.publishAt]),
  [calendarItemEventTypes.unscheduled]: (client, { tenantId, data }) =>
    client.query(`UPDATE content_calendar_items SET status = 'draft', publish_at = NULL WHERE tenant_id = $1 AND content_item_id = $2`, [tenantId, data.contentItemId]),
  [calendarItemEventTypes.published]: (client, { tenantId, data }) =>
    client.query(`UPDATE content_calendar_items SET status = 'published', published_at = $3 WHERE tenant_id = $1 AND content_item_id = $2`, [tenantId, data.contentItemId, data.publishedAt]),
  [calendarItemEventTypes.archived]: (client, { tenantId, data }) =>
    client.query(`UPDATE content_calendar_items SET status = 'archived' WHERE tenant_id = $1 AND content_item_id = $2`, [tenantId, data.contentItemId]),
});
