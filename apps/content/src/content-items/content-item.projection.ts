import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import type { PoolClient } from 'pg';
import { contentCalendarItemsProjection } from '../calendar/calendar-items.projection';
import { contentItemEventTypes as types, contentItemStreamType, type ContentItemCreated, type ContentItemEvent } from './content-item.events';

type Content = Omit<ContentItemCreated['data'], 'createdBy' | 'contentItemId'>;
const contentValues = (data: Content) => [
  data.contentType,
  data.format,
  data.platformNative ? JSON.stringify(data.platformNative) : null,
  data.title,
  data.body,
  data.text,
  JSON.stringify(data.media),
  data.topics,
  data.brandTopic ?? null,
  data.communityIds,
  data.riskTier,
  JSON.stringify(data.team),
  data.campaignId ?? null,
];

const touch = (client: PoolClient, tenantId: string, contentItemId: string, set: string, values: unknown[], at: Date, by: string) =>
  client.query(`UPDATE content_items SET ${set}, updated_at = $3, updated_by = $4 WHERE tenant_id = $1 AND content_item_id = $2`, [tenantId, contentItemId, at, by, ...values]);

/** `content_items`, `content_item_variants`, `content_item_reviews`, `content_item_screenings`: each item as it reads now. */
export const contentItemsProjection = defineProjection<ContentItemEvent>('content_items', {
  [types.created]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO content_items (tenant_id, content_item_id, status, content_type, format, platform_native, title, body, body_text, media, topics, brand_topic, community_ids, risk_tier, team,
         campaign_id, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $16, $17)`,
      [tenantId, data.contentItemId, ...contentValues(data), occurredAt, data.createdBy],
    ),
  [types.revised]: (client, { tenantId, occurredAt, data }) =>
    touch(
      client,
      tenantId,
      data.contentItemId,
      `content_type = $5, format = $6, platform_native = $7, title = $8, body = $9, body_text = $10, media = $11, topics = $12, brand_topic = $13, community_ids = $14, risk_tier = $15, team = $16, campaign_id = $17`,
      contentValues(data),
      occurredAt,
      data.revisedBy,
    ),
  [types.variantSet]: async (client, { tenantId, occurredAt, data }) => {
    const { platform, title, text, mediaAssetIds, hashtags } = data.variant;
    await client.query(
      `INSERT INTO content_item_variants (tenant_id, content_item_id, platform, title, text, media_asset_ids, hashtags, style_flags) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (tenant_id, content_item_id, platform) DO UPDATE SET title = $4, text = $5, media_asset_ids = $6, hashtags = $7, style_flags = $8`,
      [tenantId, data.contentItemId, platform, title ?? null, text, mediaAssetIds, hashtags, JSON.stringify(data.styleFlags)],
    );
    await touch(client, tenantId, data.contentItemId, `platforms = (SELECT array_agg(DISTINCT p ORDER BY p) FROM unnest(array_append(platforms, $5)) AS p)`, [platform], occurredAt, data.setBy);
  },
  [types.submitted]: async (client, { tenantId, occurredAt, data }) => {
    for (const { platform, screeningId } of data.variants) {
      await client.query('INSERT INTO content_item_screenings (tenant_id, screening_id, content_item_id, platform, submission) VALUES ($1, $2, $3, $4, $5)', [
        tenantId,
        screeningId,
        data.contentItemId,
        platform,
        data.submission,
      ]);
    }
    await touch(client, tenantId, data.contentItemId, `status = 'in_review', submission = $5, rounds_required = $6, rounds_approved = 0, screening_blocked = false`, [data.submission, data.roundsRequired], occurredAt, data.submittedBy);
  },
  [types.screened]: async (client, { tenantId, data }) => {
    await client.query('UPDATE content_item_screenings SET verdict = $3, case_id = $4 WHERE tenant_id = $1 AND screening_id = $2', [tenantId, data.screeningId, data.verdict, data.caseId ?? null]);
    await client.query(
      `UPDATE content_items SET screening_blocked = screening_blocked OR $3 = 'blocked', rounds_required = rounds_required + (CASE WHEN $3 = 'needs_review' THEN 1 ELSE 0 END)
       WHERE tenant_id = $1 AND content_item_id = $2`,
      [tenantId, data.contentItemId, data.verdict],
    );
  },
  [types.reviewed]: async (client, { tenantId, eventId, occurredAt, data }) => {
    await client.query(
      `INSERT INTO content_item_reviews (tenant_id, content_item_id, event_id, submission, round, phase, decision, checklist, comment, reviewed_by, reviewed_at)
       SELECT $1, $2, $3, submission, $4, $5, $6, $7, $8, $9, $10 FROM content_items WHERE tenant_id = $1 AND content_item_id = $2`,
      [tenantId, data.contentItemId, eventId, data.round, data.phase, data.decision, JSON.stringify(data.checklist), data.comment ?? null, data.reviewedBy, occurredAt],
    );
    const set =
      data.phase === 'post_publication' ? 'post_review_due = false' : data.decision === 'reject' ? `status = 'rejected'` : 'rounds_approved = rounds_approved + 1';
    await touch(client, tenantId, data.contentItemId, set, [], occurredAt, data.reviewedBy);
  },
  [types.approved]: (client, { tenantId, occurredAt, data }) => touch(client, tenantId, data.contentItemId, `status = 'approved'`, [], occurredAt, data.approvers.at(-1)!),
  [types.scheduled]: (client, { tenantId, occurredAt, data }) => touch(client, tenantId, data.contentItemId, `status = 'scheduled', publish_at = $5`, [data.publishAt], occurredAt, data.scheduledBy),
  [types.unscheduled]: (client, { tenantId, occurredAt, data }) => touch(client, tenantId, data.contentItemId, `status = 'approved', publish_at = NULL`, [], occurredAt, data.unscheduledBy),
  [types.fastTracked]: (client, { tenantId, occurredAt, data }) => touch(client, tenantId, data.contentItemId, 'fast_track = true, post_review_due = true', [], occurredAt, data.fastTrackedBy),
  [types.published]: (client, { tenantId, occurredAt, data }) => touch(client, tenantId, data.contentItemId, `status = 'published', published_at = $5`, [data.publishedAt], occurredAt, data.publishedBy),
  [types.postConfirmed]: (client, { tenantId, occurredAt, data }) =>
    client.query('UPDATE content_item_variants SET platform_post_id = $4, post_url = $5, confirmed_at = $6 WHERE tenant_id = $1 AND content_item_id = $2 AND platform = $3', [
      tenantId,
      data.contentItemId,
      data.platform,
      data.platformPostId,
      data.url,
      occurredAt,
    ]),
  [types.archived]: (client, { tenantId, occurredAt, data }) => touch(client, tenantId, data.contentItemId, `status = 'archived'`, [], occurredAt, data.archivedBy),
});

/** Applied by the event store on every append to a content item stream. */
export const contentItemProjections: ProjectionRegistrations = { [contentItemStreamType]: [contentItemsProjection, contentCalendarItemsProjection] };
