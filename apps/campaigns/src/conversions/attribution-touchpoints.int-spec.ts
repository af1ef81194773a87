import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import { EngagementSignalRecordedV1, MemberConsentGrantedV1, MemberJoinedV2, toKafkaMessage, type EventEnvelope } from '@groundswell/events';
import { ExactlyOnceConsumer } from '@groundswell/messaging';
import type { Identity } from '@groundswell/service-kit';
import { createTopic, eventually, freshDatabase, testKafka, uniqueName } from '@groundswell/test-kit';
import type { CampaignKind } from '../campaigns/campaign.values';
import { applyEligibilityFacts } from '../eligibility/apply-fact-changes';
import { CampaignEligibility } from '../eligibility/campaign-eligibility';
import { participationProjections } from '../participation/participation.projection';
import { JoinCampaignUseCase } from '../participation/use-cases/join-campaign.use-case';
import { createCampaignsDatabase } from '../testing/campaigns-database';
import { aCampaignManager, aRunningCampaign as runningCampaign } from '../testing/running-campaign';
import { recordContentClicks } from './content-clicks/content-clicks.handler';
import { conversionProjections } from './conversion.projection';
import { ConversionQueries } from './conversion.queries';
import { RecordConversionUseCase } from './use-cases/record-conversion.use-case';

const moderator = { kind: 'operator' as const, id: 'u-ops' };
const at = (tenantid: string, subject: string) => ({ subject, tenantid, streamversion: 1, time: new Date() });

interface CreditRow {
  model: string;
  campaignId: string;
  kind: string | null;
  communityId: string | null;
  channel: string | null;
  amountMinor: number;
}

describe('attribution over touchpoints of several kinds', () => {
  const database = freshDatabase('test', () => createCampaignsDatabase('attribution_touchpoints'));
  let tenant: string;
  let operator: Identity;

  beforeEach(() => {
    tenant = `tenant-${randomUUID().slice(0, 8)}`;
    operator = aCampaignManager(tenant);
  });

  const aRunningCampaign = (kind: CampaignKind, communityId: string) => runningCampaign(database, operator, kind, { communityIds: [communityId], segmentId: null });

  /** What the members service says of a consenting member of the community, so the member may join. */
  async function aReachableMember(memberId: string, communityId: string): Promise<void> {
    const facts: EventEnvelope[] = [
      MemberJoinedV2.create({ memberId, communityId, platform: 'wecom', acquisition: { channel: 'qr-code' } }, at(tenant, `member-${memberId}`)),
      MemberConsentGrantedV1.create(
        { memberId, purpose: 'marketing_messages', decidedAt: new Date().toISOString(), source: 'member_self_service', policyVersion: '2026-01', recordedBy: moderator },
        at(tenant, `member-${memberId}`),
      ),
    ];
    const client = await database.pool.connect();
    try {
      await applyEligibilityFacts(client, facts.map((envelope, index) => ({ envelope, context: { topic: 'gs.members.member', partition: 0, offset: String(index) } })));
    } finally {
      client.release();
    }
  }

  const credits = async (conversionId: string) =>
    (
      await database.pool.query<CreditRow>(
        `SELECT model, campaign_id AS "campaignId", touchpoint_kind AS kind, community_id AS "communityId", channel, amount_minor::int AS "amountMinor"
         FROM conversion_credits WHERE tenant_id = $1 AND conversion_id = $2 ORDER BY model, amount_minor, campaign_id`,
        [tenant, conversionId],
      )
    ).rows;

  it('should split a conversion between the campaign the member joined and the campaign whose content the member clicked (through Kafka), each credit with its kind', async () => {
    const kafka = testKafka();
    const engagementTopic = uniqueName('content-engagement');
    await createTopic(kafka, engagementTopic, 3);
    const groupId = uniqueName('campaigns-content-clicks');
    const consumer = new ExactlyOnceConsumer({ kafka, groupId, topics: [engagementTopic], pool: database.pool, handleBatch: recordContentClicks, backoff: { initialMs: 50, maxMs: 500 } });
    const producer = kafka.producer();
    try {
      await Promise.all([consumer.start(), producer.connect()]);
      const [communityId, otherCommunityId, memberId] = [randomUUID(), randomUUID(), randomUUID()];
      await aReachableMember(memberId, communityId);
      const [joinedCampaign, promotedCampaign] = [await aRunningCampaign('check_in', communityId), await aRunningCampaign('promotion', otherCommunityId)];
      await new JoinCampaignUseCase(new EventStore(database.pool, participationProjections), new CampaignEligibility(database.pool)).execute(operator, {
        campaignId: joinedCampaign,
        memberId,
        channel: 'kol',
      });

      // What content publishes: the member's click on an item promoting the other campaign (delivered
      // twice), beside signals that are not touchpoints: a view, an anonymous click, a click naming a
      // campaign this tenant doesn't have.
      const signal = (data: Partial<Parameters<typeof EngagementSignalRecordedV1.create>[0]>) =>
        EngagementSignalRecordedV1.create(
          { communityId: otherCommunityId, kind: 'click', itemId: randomUUID(), platform: 'weibo', clientEventId: randomUUID(), ...data },
          at(tenant, `engagement-${otherCommunityId}-${new Date().toISOString().slice(0, 10)}`),
        );
      const click = signal({ memberId, campaignId: promotedCampaign });
      const ignored = [signal({ kind: 'view', memberId, campaignId: promotedCampaign }), signal({ campaignId: promotedCampaign }), signal({ memberId, campaignId: randomUUID() })];
      await producer.send({ topic: engagementTopic, messages: [...ignored, click, click].map(toKafkaMessage) });
      const touchpoints = async () =>
        (await database.pool.query('SELECT kind, campaign_id, community_id, channel FROM attribution_touchpoints WHERE tenant_id = $1 AND member_id = $2 ORDER BY occurred_at', [tenant, memberId])).rows;
      await eventually(async () => expect(await touchpoints()).toHaveLength(2), 20_000);
      await eventually(async () => {
        const handled = await database.pool.query('SELECT count(*)::int AS n FROM processed_messages WHERE consumer_group = $1', [groupId]);
        expect(handled.rows[0].n).toBe(4);
      }, 20_000);
      expect(await touchpoints()).toEqual([
        { kind: 'participation', campaign_id: joinedCampaign, community_id: communityId, channel: 'kol' },
        { kind: 'content_click', campaign_id: promotedCampaign, community_id: otherCommunityId, channel: null },
      ]);

      const shop: Identity = { sub: 'api-key-shop', tenant, roles: ['partner'] };
      const order = { externalOrderId: `tmall-${randomUUID()}`, kind: 'purchase' as const, memberId, amountMinor: 10_001, currency: 'CNY', occurredAt: new Date().toISOString() };
      const conversionId = await new RecordConversionUseCase(new EventStore(database.pool, conversionProjections)).execute(shop, order);

      const joined = { campaignId: joinedCampaign, kind: 'participation', communityId, channel: 'kol' };
      const clicked = { campaignId: promotedCampaign, kind: 'content_click', communityId: otherCommunityId, channel: null };
      expect(await credits(conversionId)).toEqual([
        { model: 'first_touch', ...joined, amountMinor: 10_001 },
        { model: 'last_touch', ...clicked, amountMinor: 10_001 },
        // Linear: equal parts, the odd fen to the latest touch.
        { model: 'linear', ...joined, amountMinor: 5_000 },
        { model: 'linear', ...clicked, amountMinor: 5_001 },
      ]);

      // What the campaign's totals say by source: the same credits, read back with what earned them.
      const queries = new ConversionQueries(database.pool);
      const totals = { currency: 'CNY', conversions: 1, refundedMinor: 0 };
      expect(await queries.campaignTotalsBySource(tenant, joinedCampaign, 'linear')).toEqual([
        { ...totals, grossMinor: 5_000, netMinor: 5_000, touchpointKind: 'participation', communityId, channel: 'kol', referrerId: null },
      ]);
      expect(await queries.campaignTotalsBySource(tenant, promotedCampaign, 'last_touch')).toEqual([
        { ...totals, grossMinor: 10_001, netMinor: 10_001, touchpointKind: 'content_click', communityId: otherCommunityId, channel: null, referrerId: null },
      ]);
    } finally {
      await Promise.allSettled([consumer.stop(), producer.disconnect()]);
    }
  }, 60_000);
});
