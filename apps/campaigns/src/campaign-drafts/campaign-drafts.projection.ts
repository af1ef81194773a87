import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { campaignDraftEventTypes, campaignDraftStreamType, type CampaignDraftEvent } from './campaign-draft.events';

/** `campaign_drafts`: one row per campaign draft, as it reads now. */
export const campaignDraftsProjection = defineProjection<CampaignDraftEvent>('campaign_drafts', {
  [campaignDraftEventTypes.created]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO campaign_drafts (tenant_id, campaign_draft_id, title, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $4, $5)`,
      [tenantId, data.campaignDraftId, data.title, occurredAt, data.createdBy],
    ),
  [campaignDraftEventTypes.renamed]: (client, { tenantId, occurredAt, data }) =>
    client.query('UPDATE campaign_drafts SET title = $3, updated_at = $4, updated_by = $5 WHERE tenant_id = $1 AND campaign_draft_id = $2', [
      tenantId,
      data.campaignDraftId,
      data.title,
      occurredAt,
      data.renamedBy,
    ]),
});

/** Applied by the event store on every append to a campaign draft stream. */
export const campaignDraftProjections: ProjectionRegistrations = { [campaignDraftStreamType]: [campaignDraftsProjection] };
