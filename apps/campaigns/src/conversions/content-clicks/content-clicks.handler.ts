import { EngagementSignalRecordedV1, type EventEnvelope } from '@groundswell/events';
import type { BatchEventHandler } from '@groundswell/messaging';

type Signal = Partial<{ kind: string; memberId: string; campaignId: string }>;

/** Only a member's click on content that promotes a campaign is a touchpoint; the other signals are most of the topic. */
const isCampaignClick = (envelope: EventEnvelope): boolean => {
  if (envelope.type !== EngagementSignalRecordedV1.type) return false;
  const signal = envelope.data as Signal | null;
  return signal?.kind === 'click' && Boolean(signal.memberId) && Boolean(signal.campaignId);
};

/**
 * Stores the content clicks of a consumer batch as `content_click` touchpoints of the campaigns the
 * clicked items promote, in one statement. A campaign id the tenant doesn't have (content does not
 * check it) is dropped, so it can never take credit.
 */
export const recordContentClicks: BatchEventHandler = async (client, events) => {
  const clicks = events
    .map(({ envelope }) => envelope)
    .filter(isCampaignClick)
    .map((envelope) => ({ envelope, signal: EngagementSignalRecordedV1.parse(envelope.data) }));
  if (clicks.length === 0) return;
  const column = <T>(pick: (click: (typeof clicks)[number]) => T) => clicks.map(pick);
  await client.query(
    `INSERT INTO attribution_touchpoints (tenant_id, touchpoint_id, kind, member_id, campaign_id, occurred_at, community_id)
     SELECT click.tenant_id, click.touchpoint_id, 'content_click', click.member_id, click.campaign_id, click.occurred_at, click.community_id
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[]) AS click(tenant_id, touchpoint_id, member_id, campaign_id, occurred_at, community_id)
     WHERE EXISTS (SELECT 1 FROM campaigns c WHERE c.tenant_id = click.tenant_id AND c.campaign_id = click.campaign_id)
     ON CONFLICT (tenant_id, touchpoint_id) DO NOTHING`,
    [
      column(({ envelope }) => envelope.tenantid),
      column(({ envelope }) => envelope.id),
      column(({ signal }) => signal.memberId!),
      column(({ signal }) => signal.campaignId!),
      column(({ envelope }) => envelope.time),
      column(({ signal }) => signal.communityId),
    ],
  );
};
