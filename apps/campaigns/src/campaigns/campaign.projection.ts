import { defineProjection, type ProjectedEvent } from '@groundswell/event-store';
import type { PoolClient } from 'pg';
import { campaignEventTypes, type CampaignEvent } from './campaign.events';

type Stored = ProjectedEvent<CampaignEvent>;

const touch = (client: PoolClient, event: Stored, by: string, set: string, values: unknown[] = []) =>
  client.query(`UPDATE campaigns SET ${set}, updated_at = $3, updated_by = $4 WHERE tenant_id = $1 AND campaign_id = $2`, [
    event.tenantId,
    (event.data as { campaignId: string }).campaignId,
    event.occurredAt,
    by,
    ...values,
  ]);

/** `campaigns`: one row per campaign as it reads now. */
export const campaignsProjection = defineProjection<CampaignEvent>('campaigns', {
  [campaignEventTypes.created]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO campaigns (tenant_id, campaign_id, kind, status, name, plan, community_ids, starts_at, ends_at, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $9, $10, $9, $10)`,
      [tenantId, data.campaignId, data.kind, data.plan.name, JSON.stringify(data.plan), data.plan.communityIds, data.plan.schedule.startsAt, data.plan.schedule.endsAt, occurredAt, data.createdBy],
    ),
  [campaignEventTypes.revised]: (client, event) =>
    touch(client, event, event.data.revisedBy, 'name = $5, plan = $6, community_ids = $7, starts_at = $8, ends_at = $9', [
      event.data.plan.name,
      JSON.stringify(event.data.plan),
      event.data.plan.communityIds,
      event.data.plan.schedule.startsAt,
      event.data.plan.schedule.endsAt,
    ]),
  [campaignEventTypes.scheduled]: (client, event) => touch(client, event, event.data.scheduledBy, `status = 'scheduled'`),
  [campaignEventTypes.started]: (client, event) => touch(client, event, event.data.startedBy, `status = 'running'`),
  [campaignEventTypes.paused]: (client, event) => touch(client, event, event.data.pausedBy, `status = 'paused', pause_reason = $5`, [event.data.reason]),
  [campaignEventTypes.resumed]: (client, event) => touch(client, event, event.data.resumedBy, `status = 'running', pause_reason = NULL`),
  [campaignEventTypes.ended]: (client, event) => touch(client, event, event.data.endedBy, `status = 'ended', end_reason = $5`, [event.data.reason]),
  [campaignEventTypes.reviewed]: (client, event) =>
    touch(client, event, event.data.reviewedBy, `status = 'reviewed', post_mortem = $5`, [JSON.stringify(event.data.postMortem)]),
});
