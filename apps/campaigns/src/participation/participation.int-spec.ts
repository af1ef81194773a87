import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import { MemberConsentGrantedV1, MemberEnteredSegmentV1, MemberJoinedV2, SanctionAppliedV1, SanctionLiftedV1, toKafkaMessage, type EventEnvelope } from '@groundswell/events';
import { ExactlyOnceConsumer, type ConsumedEvent } from '@groundswell/messaging';
import { createTopic, eventually, freshDatabase, testKafka, uniqueName } from '@groundswell/test-kit';
import type { CampaignKind } from '../campaigns/campaign.values';
import { applyEligibilityFacts } from '../eligibility/apply-fact-changes';
import { CampaignEligibility } from '../eligibility/campaign-eligibility';
import { createCampaignsDatabase } from '../testing/campaigns-database';
import { aCampaignManager as anOperator, aRunningCampaign as runningCampaign } from '../testing/running-campaign';
import { participationProjections } from './participation.projection';
import { ParticipationQueries } from './participation.queries';
import { CancelRegistrationUseCase } from './use-cases/cancel-registration.use-case';
import { CastVoteUseCase } from './use-cases/cast-vote.use-case';
import { CheckInUseCase } from './use-cases/check-in.use-case';
import { JoinCampaignUseCase } from './use-cases/join-campaign.use-case';
import { OpenBallotUseCase } from './use-cases/open-ballot.use-case';
import { OpenRegistrationUseCase } from './use-cases/open-registration.use-case';
import { RegisterUseCase } from './use-cases/register.use-case';

const moderator = { kind: 'operator' as const, id: 'moderator-wang' };
const at = (tenantid: string, subject: string) => ({ subject, tenantid, streamversion: 1, time: new Date() });

/** What the members service publishes about a consenting member of a community (and a segment). */
const aReachableMember = (tenant: string, memberId: string, communityId: string, segmentId: string): EventEnvelope[] => [
  MemberJoinedV2.create({ memberId, communityId, platform: 'wecom', acquisition: { channel: 'qr-code' } }, at(tenant, `member-${memberId}`)),
  MemberConsentGrantedV1.create(
    { memberId, purpose: 'marketing_messages', decidedAt: new Date().toISOString(), source: 'member_self_service', policyVersion: '2026-01', recordedBy: moderator },
    at(tenant, `member-${memberId}`),
  ),
  MemberEnteredSegmentV1.create({ memberId, segmentId, cause: 'member_changed', causeEventId: null, changedAt: new Date().toISOString() }, at(tenant, `segment-membership-${memberId}`)),
];

describe('campaign participation', () => {
  const database = freshDatabase('test', () => createCampaignsDatabase('participation'));
  let tenant: string;
  let store: EventStore;
  let eligibility: CampaignEligibility;

  const aRunningCampaign = (kind: CampaignKind, communityId: string, segmentId: string | null) =>
    runningCampaign(database, anOperator(tenant), kind, { communityIds: [communityId], segmentId });

  beforeEach(() => {
    tenant = `tenant-${randomUUID().slice(0, 8)}`;
    store = new EventStore(database.pool, participationProjections);
    eligibility = new CampaignEligibility(database.pool);
  });

  async function reachable(memberIds: string[], communityId: string): Promise<void> {
    const client = await database.pool.connect();
    try {
      const facts = memberIds.flatMap((memberId) => aReachableMember(tenant, memberId, communityId, randomUUID()));
      await applyEligibilityFacts(client, facts.map((envelope, index): ConsumedEvent => ({ envelope, context: { topic: 'gs.members.member', partition: 0, offset: String(index) } })));
    } finally {
      client.release();
    }
  }

  it('should tally one vote per member and list the member\'s participations with their check-ins', async () => {
    const communityId = randomUUID();
    const members = [randomUUID(), randomUUID(), randomUUID()];
    await reachable(members, communityId);
    const [voteId, checkInId] = [await aRunningCampaign('vote', communityId, null), await aRunningCampaign('check_in', communityId, null)];
    const join = new JoinCampaignUseCase(store, eligibility);
    await new OpenBallotUseCase(store).execute(anOperator(tenant), { campaignId: voteId, options: [{ optionId: 'red', label: '红色款' }, { optionId: 'blue', label: '蓝色款' }] });
    const vote = new CastVoteUseCase(store, eligibility);
    for (const [memberId, optionId] of [[members[0]!, 'red'], [members[1]!, 'blue'], [members[2]!, 'red']] as const) {
      await join.execute(anOperator(tenant), { campaignId: voteId, memberId });
      // Cast twice at once: the member still counts once.
      await Promise.all([vote.execute(anOperator(tenant), { campaignId: voteId, memberId, optionId }), vote.execute(anOperator(tenant), { campaignId: voteId, memberId, optionId })]);
    }
    await join.execute(anOperator(tenant), { campaignId: checkInId, memberId: members[0]! });
    await new CheckInUseCase(store, eligibility).execute(anOperator(tenant), { campaignId: checkInId, memberId: members[0]!, timeZone: 'Asia/Shanghai' });

    const queries = new ParticipationQueries(database.pool);
    expect(await queries.voteTally(tenant, voteId)).toEqual({ campaignId: voteId, totalVotes: 3, options: [{ optionId: 'red', label: '红色款', votes: 2 }, { optionId: 'blue', label: '蓝色款', votes: 1 }] });
    const ofMember = await queries.participations(tenant, { memberId: members[0]! }, { first: 1 });
    expect(ofMember.totalCount).toBe(2);
    expect(ofMember.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ campaignId: checkInId, checkIns: 1, streak: 1, lastCheckInDay: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })]);
    const next = await queries.participations(tenant, { memberId: members[0]! }, { first: 1, after: ofMember.pageInfo.endCursor! });
    expect(next.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ campaignId: voteId, votedOptionId: 'red' })]);
  });

  it('should refuse a member removed by a moderation sanction delivered through Kafka, and take them back when it is lifted', async () => {
    const kafka = testKafka();
    const [membersTopic, segmentsTopic, sanctionsTopic] = [uniqueName('members-member'), uniqueName('members-segment-membership'), uniqueName('moderation-member-sanctions')];
    await Promise.all([membersTopic, segmentsTopic, sanctionsTopic].map((topic) => createTopic(kafka, topic, 3)));
    const groupId = uniqueName('campaigns-eligibility');
    const consumer = new ExactlyOnceConsumer({ kafka, groupId, topics: [membersTopic, segmentsTopic, sanctionsTopic], pool: database.pool, handleBatch: applyEligibilityFacts, backoff: { initialMs: 50, maxMs: 500 } });
    const producer = kafka.producer();
    try {
      await Promise.all([consumer.start(), producer.connect()]);
      const [communityId, segmentId, memberId, sanctionId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      const campaignId = await aRunningCampaign('check_in', communityId, segmentId);
      const targeting = { communityIds: [communityId], segmentId };
      const [joined, consented, entered] = aReachableMember(tenant, memberId, communityId, segmentId);
      await producer.send({ topic: membersTopic, messages: [toKafkaMessage(joined!), toKafkaMessage(consented!)] });
      await producer.send({ topic: segmentsTopic, messages: [toKafkaMessage(entered!)] });
      await eventually(async () => expect(await eligibility.check(tenant, memberId, targeting)).toMatchObject({ eligible: true, communityId }), 20_000);
      await new JoinCampaignUseCase(store, eligibility).execute(anOperator(tenant), { campaignId, memberId, channel: 'community_announcement' });

      // Moderation's own contract, on its own stream key: a removal from the campaign's community.
      const sanctionStream = `member-sanctions-${memberId}`;
      const removal = SanctionAppliedV1.create(
        { sanctionId, memberId, kind: 'remove', communityId, ruleId: 'rule-ads', reason: '群内反复发广告', notice: '你因反复发广告被移出社群，可在 7 天内申诉。', appliedBy: moderator, appliedAt: new Date().toISOString() },
        at(tenant, sanctionStream),
      );
      await producer.send({ topic: sanctionsTopic, messages: [toKafkaMessage(removal), toKafkaMessage(removal)] });
      await eventually(async () => expect(await eligibility.check(tenant, memberId, targeting)).toMatchObject({ eligible: false, reason: 'SANCTIONED' }), 20_000);

      const otherCampaignId = await aRunningCampaign('check_in', communityId, segmentId);
      await expect(new JoinCampaignUseCase(store, eligibility).execute(anOperator(tenant), { campaignId: otherCampaignId, memberId })).rejects.toMatchObject({
        code: 'MEMBER_NOT_ELIGIBLE',
        category: 'CONFLICT',
        details: { reason: 'SANCTIONED' },
      });
      await expect(new CheckInUseCase(store, eligibility).execute(anOperator(tenant), { campaignId, memberId })).rejects.toMatchObject({ code: 'MEMBER_NOT_ELIGIBLE' });

      const lifted = SanctionLiftedV1.create({ sanctionId, memberId, kind: 'remove', communityId, reason: '申诉成立：广告为误判', liftedBy: moderator }, { ...at(tenant, sanctionStream), streamversion: 2 });
      await producer.send({ topic: sanctionsTopic, messages: [toKafkaMessage(lifted)] });
      await eventually(async () => expect(await eligibility.check(tenant, memberId, targeting)).toMatchObject({ eligible: true }), 20_000);
      await new JoinCampaignUseCase(store, eligibility).execute(anOperator(tenant), { campaignId: otherCampaignId, memberId });
      const { rows } = await database.pool.query('SELECT campaign_id FROM campaign_participants WHERE tenant_id = $1 AND member_id = $2 ORDER BY campaign_id', [tenant, memberId]);
      expect(rows.map((row) => row.campaign_id)).toEqual([campaignId, otherCampaignId].sort());
      const handled = await database.pool.query('SELECT count(*)::int AS n FROM processed_messages WHERE consumer_group = $1 AND event_id = $2', [groupId, removal.id]);
      expect(handled.rows[0].n).toBe(1);
    } finally {
      await Promise.allSettled([consumer.stop(), producer.disconnect()]);
    }
  }, 60_000);

  it('should never confirm more seats than the capacity under concurrent registrations and cancellations, promoting the longest waiting', async () => {
    const communityId = randomUUID();
    const members = Array.from({ length: 40 }, () => randomUUID());
    await reachable(members, communityId);
    const campaignId = await aRunningCampaign('offline_event', communityId, null);
    const [register, cancel] = [new RegisterUseCase(store, eligibility), new CancelRegistrationUseCase(store)];
    await new OpenRegistrationUseCase(store).execute(anOperator(tenant), { campaignId, capacity: 10 });

    // 40 members, each registering twice at once: 80 requests race for 10 seats.
    await Promise.all([...members, ...members].map((memberId) => register.execute(anOperator(tenant), { campaignId, memberId })));
    const registrations = async () =>
      (
        await database.pool.query<{ member_id: string; status: string; seat_number: number | null; waitlist_sequence: string | null }>(
          `SELECT member_id, status, seat_number, waitlist_sequence FROM campaign_registrations WHERE tenant_id = $1 AND campaign_id = $2 AND status <> 'cancelled' ORDER BY waitlist_sequence, seat_number`,
          [tenant, campaignId],
        )
      ).rows;
    const before = await registrations();
    const confirmed = before.filter((row) => row.status === 'confirmed');
    const waiting = before.filter((row) => row.status === 'waitlisted');
    expect(confirmed.map((row) => row.seat_number).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 10 }, (_, index) => index + 1));
    expect(waiting).toHaveLength(30);
    expect(new Set(before.map((row) => row.member_id)).size).toBe(40);

    // Five seat holders cancel while ten newcomers register, all at once: each freed seat goes to the longest waiting.
    const cancelling = confirmed.slice(0, 5).map((row) => row.member_id);
    const newcomers = Array.from({ length: 10 }, () => randomUUID());
    await reachable(newcomers, communityId);
    await Promise.all([
      ...cancelling.map((memberId) => cancel.execute(anOperator(tenant), { campaignId, memberId })),
      ...newcomers.map((memberId) => register.execute(anOperator(tenant), { campaignId, memberId })),
    ]);

    const after = await registrations();
    const seated = after.filter((row) => row.status === 'confirmed').map((row) => row.member_id);
    expect(seated).toHaveLength(10);
    expect(seated).toEqual(expect.arrayContaining(waiting.slice(0, 5).map((row) => row.member_id)));
    expect(after.filter((row) => row.status === 'waitlisted')).toHaveLength(35);
    const book = await database.pool.query('SELECT capacity, confirmed, waitlisted FROM campaign_registration_books WHERE tenant_id = $1 AND campaign_id = $2', [tenant, campaignId]);
    expect(book.rows[0]).toEqual({ capacity: 10, confirmed: 10, waitlisted: 35 });
    const promoted = await database.pool.query(`SELECT count(*)::int AS n FROM events WHERE tenant_id = $1 AND event_type = 'groundswell.campaigns.CampaignRegistrationPromoted.v1'`, [tenant]);
    expect(promoted.rows[0].n).toBe(5);
  }, 60_000);
});
