import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { contentDraftEventTypes, contentDraftStreamType, type ContentDraftEvent } from './content-draft.events';

/** `content_drafts`: one row per content draft, as it reads now. */
export const contentDraftsProjection = defineProjection<ContentDraftEvent>('content_drafts', {
  [contentDraftEventTypes.created]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO content_drafts (tenant_id, content_draft_id, title, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $4, $5)`,
      [tenantId, data.contentDraftId, data.title, occurredAt, data.createdBy],
    ),
  [contentDraftEventTypes.renamed]: (client, { tenantId, occurredAt, data }) =>
    client.query('UPDATE content_drafts SET title = $3, updated_at = $4, updated_by = $5 WHERE tenant_id = $1 AND content_draft_id = $2', [
      tenantId,
      data.contentDraftId,
      data.title,
      occurredAt,
      data.renamedBy,
    ]),
});

/** Applied by the event store on every append to a content draft stream. */
export const contentDraftProjections: ProjectionRegistrations = { [contentDraftStreamType]: [contentDraftsProjection] };
