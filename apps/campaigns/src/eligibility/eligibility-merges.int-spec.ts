import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import { MemberConsentGrantedV1, MemberEnteredSegmentV1, MemberJoinedV2, SanctionAppliedV1, toKafkaMessage, type EventEnvelope } from '@groundswell/events';
import { ExactlyOnceConsumer } from '@groundswell/messaging';
import { createTopic, eventually, testKafka, uniqueName, type TestDatabase } from '@groundswell/test-kit';
import type { Producer } from 'kafkajs';
import { participationProjections } from '../participation/participation.projection';
import { JoinCampaignUseCase } from '../participation/use-cases/join-campaign.use-case';
import { createCampaignsDatabase } from '../testing/campaigns-database';
import { aCampaignManager as aManager, aRunningCampaign as runningCampaign } from '../testing/running-campaign';
import { applyEligibilityFacts } from './apply-fact-changes';
import { CampaignEligibility } from './campaign-eligibility';
import { aMembershipSnapshot, aMerge, anErasure, anUnmerge } from './member-identity.fixtures';

const operator = { kind: 'operator' as const, id: 'operator-li' };
const on = (tenantid: string, subject: string) => ({ subject, tenantid, streamversion: 1, time: new Date() });

const joined = (tenant: string, memberId: string, communityId: string) =>
  MemberJoinedV2.create({ memberId, communityId, platform: 'wecom', acquisition: { channel: 'qr-code' } }, on(tenant, `member-${memberId}`));
const consented = (tenant: string, memberId: string, purpose: 'marketing_messages' | 'analytics' = 'marketing_messages') =>
  MemberConsentGrantedV1.create(
    { memberId, purpose, decidedAt: new Date().toISOString(), source: 'member_self_service', policyVersion: '2026-01', recordedBy: operator },
    on(tenant, `member-${memberId}`),
  );
const entered = (tenant: string, memberId: string, segmentId: string) =>
  MemberEnteredSegmentV1.create({ memberId, segmentId, cause: 'member_changed', causeEventId: null, changedAt: new Date().toISOString() }, on(tenant, `segment-membership-${memberId}`));
const banned = (tenant: string, memberId: string) =>
  SanctionAppliedV1.create(
    { sanctionId: randomUUID(), memberId, kind: 'ban', ruleId: 'rule-fraud', reason: '刷单', notice: '你已被封禁', appliedBy: operator, appliedAt: new Date().toISOString() },
    on(tenant, `member-sanctions-${memberId}`),
  );

const replicaTables = ['eligibility_memberships', 'eligibility_marketing_consents', 'eligibility_segment_members', 'eligibility_sanctions'];

describe('eligibility replica across member merges and erasures', () => {
  const kafka = testKafka();
  let database: TestDatabase;
  let tenant: string;
  let eligibility: CampaignEligibility;
  let consumer: ExactlyOnceConsumer;
  let producer: Producer;
  let groupId: string;
  let topics: { members: string; segments: string; sanctions: string };

  const send = (topic: string, ...events: EventEnvelope[]) => producer.send({ topic, messages: events.map(toKafkaMessage) });
  const handled = async (event: EventEnvelope) =>
    (await database.pool.query('SELECT count(*)::int AS n FROM processed_messages WHERE consumer_group = $1 AND event_id = $2', [groupId, event.id])).rows[0].n as number;

  /** Every replica row about the members, so a test can compare the replica before and after. */
  async function rowsAbout(memberIds: string[]) {
    const rows: Record<string, unknown[]> = {};
    for (const table of replicaTables) {
      rows[table] = (await database.pool.query(`SELECT * FROM ${table} WHERE tenant_id = $1 AND member_id = ANY($2::text[]) ORDER BY 1, 2, 3`, [tenant, memberIds])).rows;
    }
    return rows;
  }

  async function aRunningCampaign(communityIds: string[]): Promise<{ campaignId: string; targeting: { communityIds: string[]; segmentId: null } }> {
    const campaignId = await runningCampaign(database, aManager(tenant), 'check_in', { communityIds, segmentId: null });
    return { campaignId, targeting: { communityIds, segmentId: null } };
  }

  beforeEach(async () => {
    database = await createCampaignsDatabase('eligibility_merges');
    tenant = `tenant-${randomUUID().slice(0, 8)}`;
    eligibility = new CampaignEligibility(database.pool);
    topics = { members: uniqueName('members-member'), segments: uniqueName('members-segment-membership'), sanctions: uniqueName('moderation-member-sanctions') };
    await Promise.all(Object.values(topics).map((topic) => createTopic(kafka, topic, 3)));
    groupId = uniqueName('campaigns-eligibility');
    consumer = new ExactlyOnceConsumer({ kafka, groupId, topics: Object.values(topics), pool: database.pool, handleBatch: applyEligibilityFacts, backoff: { initialMs: 50, maxMs: 500 } });
    producer = kafka.producer();
    await Promise.all([consumer.start(), producer.connect()]);
  });

  afterEach(async () => {
    await Promise.allSettled([consumer.stop(), producer.disconnect()]);
    await database.drop();
  });

  it('should let the survivor of a merge join through the duplicate\'s community, refuse the merged-away id, and change nothing when the merge is delivered again', async () => {
    const [duplicateId, survivorId, communityId, survivorsCommunityId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const { campaignId, targeting } = await aRunningCampaign([communityId]);
    await send(topics.members, joined(tenant, duplicateId, communityId), consented(tenant, duplicateId), joined(tenant, survivorId, survivorsCommunityId), consented(tenant, survivorId));
    await eventually(async () => expect(await eligibility.check(tenant, duplicateId, targeting)).toMatchObject({ eligible: true, communityId }), 20_000);
    expect(await eligibility.check(tenant, survivorId, targeting)).toMatchObject({ eligible: false, reason: 'NOT_A_COMMUNITY_MEMBER' });

    const merge = aMerge(tenant, duplicateId, survivorId, [communityId]);
    await send(topics.members, merge.mergedInto, merge.absorbed, merge.mergedInto, merge.absorbed);
    await eventually(async () => expect(await eligibility.check(tenant, survivorId, targeting)).toEqual({ eligible: true, reason: 'ELIGIBLE', communityId }), 20_000);
    expect(await eligibility.check(tenant, duplicateId, targeting)).toEqual({ eligible: false, reason: 'NOT_A_COMMUNITY_MEMBER', communityId: null });

    const join = new JoinCampaignUseCase(new EventStore(database.pool, participationProjections), eligibility);
    await join.execute(aManager(tenant), { campaignId, memberId: survivorId });
    await expect(join.execute(aManager(tenant), { campaignId, memberId: duplicateId })).rejects.toMatchObject({ code: 'MEMBER_NOT_ELIGIBLE', details: { reason: 'NOT_A_COMMUNITY_MEMBER' } });

    // Redelivered once more after it settled: applied once, the replica unchanged. Events the replica
    // ignores, on the same partitions (keyed by each member), tell when the consumer got past it.
    const before = await rowsAbout([duplicateId, survivorId]);
    expect(before['eligibility_memberships']).toEqual(
      expect.arrayContaining([expect.objectContaining({ member_id: survivorId, community_id: communityId, active: true }), expect.objectContaining({ member_id: survivorId, community_id: survivorsCommunityId })]),
    );
    expect(before['eligibility_memberships']!.filter((row) => (row as { member_id: string }).member_id === duplicateId)).toEqual([]);
    const markers = [consented(tenant, duplicateId, 'analytics'), consented(tenant, survivorId, 'analytics')];
    await send(topics.members, merge.mergedInto, merge.absorbed, ...markers);
    await eventually(async () => expect(await Promise.all(markers.map(handled))).toEqual([1, 1]), 20_000);
    expect(await rowsAbout([duplicateId, survivorId])).toEqual(before);
    expect(await Promise.all([handled(merge.mergedInto), handled(merge.absorbed)])).toEqual([1, 1]);
    expect((await database.pool.query('SELECT count(*)::int AS n FROM eligibility_merges WHERE tenant_id = $1', [tenant])).rows[0].n).toBe(1);
  }, 90_000);

  it('should keep a duplicate\'s ban on the survivor and leave the survivor\'s own consent as it was (consent never moves in a merge)', async () => {
    const [duplicateId, survivorId, otherSurvivorId, communityId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const { targeting } = await aRunningCampaign([communityId]);
    await send(topics.members, joined(tenant, duplicateId, communityId), consented(tenant, duplicateId), joined(tenant, survivorId, communityId), consented(tenant, survivorId), joined(tenant, otherSurvivorId, communityId));
    const ban = banned(tenant, duplicateId);
    await send(topics.sanctions, ban);
    await eventually(async () => expect(await handled(ban)).toBe(1), 20_000);
    await eventually(async () => expect(await eligibility.check(tenant, survivorId, targeting)).toMatchObject({ eligible: true }), 20_000);

    const banCarried = aMerge(tenant, duplicateId, survivorId, []);
    await send(topics.members, banCarried.mergedInto, banCarried.absorbed);
    await eventually(async () => expect(await eligibility.check(tenant, survivorId, targeting)).toMatchObject({ eligible: false, reason: 'SANCTIONED' }), 20_000);

    // A consenting duplicate merged into a member who never consented: the survivor still has not.
    const consentingDuplicateId = randomUUID();
    await send(topics.members, joined(tenant, consentingDuplicateId, communityId), consented(tenant, consentingDuplicateId));
    const consentStays = aMerge(tenant, consentingDuplicateId, otherSurvivorId, []);
    await send(topics.members, consentStays.mergedInto, consentStays.absorbed);
    await eventually(async () => expect(await Promise.all([handled(consentStays.mergedInto), handled(consentStays.absorbed)])).toEqual([1, 1]), 20_000);
    expect(await eligibility.check(tenant, otherSurvivorId, targeting)).toMatchObject({ eligible: false, reason: 'NO_MARKETING_CONSENT' });
    expect(await eligibility.check(tenant, consentingDuplicateId, targeting)).toMatchObject({ eligible: false, reason: 'NOT_A_COMMUNITY_MEMBER' });
  }, 90_000);

  it('should give the duplicate back its memberships when the merge is undone, whichever half of the undo arrives first', async () => {
    const [duplicateId, survivorId, communityId] = [randomUUID(), randomUUID(), randomUUID()];
    const { targeting } = await aRunningCampaign([communityId]);
    await send(topics.members, joined(tenant, duplicateId, communityId), consented(tenant, duplicateId), consented(tenant, survivorId));
    const merge = aMerge(tenant, duplicateId, survivorId, [communityId]);
    await send(topics.members, merge.mergedInto, merge.absorbed);
    await eventually(async () => expect(await eligibility.check(tenant, survivorId, targeting)).toMatchObject({ eligible: true, communityId }), 20_000);

    const { unmerged, reverted } = anUnmerge(tenant, duplicateId, survivorId, merge.mergeId, [aMembershipSnapshot(communityId)]);
    await send(topics.members, reverted, unmerged);
    await eventually(async () => {
      expect(await eligibility.check(tenant, duplicateId, targeting)).toMatchObject({ eligible: true, communityId });
      expect(await eligibility.check(tenant, survivorId, targeting)).toMatchObject({ eligible: false, reason: 'NOT_A_COMMUNITY_MEMBER' });
    }, 20_000);
  }, 90_000);

  it('should delete every replica row of an erased member and of the duplicates merged into them, and not let a late event bring one back', async () => {
    const [memberId, duplicateId, bystanderId, communityId, segmentId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const { targeting } = await aRunningCampaign([communityId]);
    const duplicatesBan = banned(tenant, duplicateId);
    await send(topics.members, joined(tenant, memberId, communityId), consented(tenant, memberId), joined(tenant, duplicateId, randomUUID()), consented(tenant, duplicateId), joined(tenant, bystanderId, communityId), consented(tenant, bystanderId));
    await send(topics.segments, entered(tenant, memberId, segmentId), entered(tenant, bystanderId, segmentId));
    await send(topics.sanctions, banned(tenant, memberId), duplicatesBan);
    const merge = aMerge(tenant, duplicateId, memberId, []);
    await send(topics.members, merge.mergedInto, merge.absorbed);
    await eventually(async () => {
      const rows = await rowsAbout([memberId, duplicateId]);
      expect(replicaTables.map((table) => rows[table]!.length > 0)).toEqual([true, true, true, true]);
      expect(await Promise.all([handled(merge.mergedInto), handled(merge.absorbed), handled(duplicatesBan)])).toEqual([1, 1, 1]);
    }, 20_000);

    // The members service erases the survivor and each duplicate it absorbed; the survivor's erasure alone reaches both here.
    const erasure = anErasure(tenant, memberId);
    await send(topics.members, erasure);
    await eventually(async () => expect(await handled(erasure)).toBe(1), 20_000);
    expect(await rowsAbout([memberId, duplicateId])).toEqual(Object.fromEntries(replicaTables.map((table) => [table, []])));
    expect((await database.pool.query('SELECT count(*)::int AS n FROM eligibility_merges WHERE tenant_id = $1', [tenant])).rows[0].n).toBe(0);

    const late = [joined(tenant, memberId, communityId), consented(tenant, memberId)];
    const [lateSanction, lateSegment] = [banned(tenant, memberId), entered(tenant, memberId, segmentId)];
    await send(topics.members, ...late);
    await send(topics.sanctions, lateSanction);
    await send(topics.segments, lateSegment);
    await eventually(async () => expect(await Promise.all([...late, lateSanction, lateSegment].map(handled))).toEqual([1, 1, 1, 1]), 20_000);
    expect(await rowsAbout([memberId, duplicateId])).toEqual(Object.fromEntries(replicaTables.map((table) => [table, []])));
    expect(await eligibility.check(tenant, bystanderId, targeting)).toMatchObject({ eligible: true });
  }, 90_000);
});
