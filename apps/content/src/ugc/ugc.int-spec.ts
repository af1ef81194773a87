import { randomUUID } from 'node:crypto';
import { EventStore, toEnvelope, type StoredEvent } from '@groundswell/event-store';
import { ContributionRewardedV1, ContributionScreenedV1, createEnvelope, requestTopics, SanctionAppliedV1, ScreeningRequestedV1, TextScreenedV1, toKafkaMessage, type DataOf } from '@groundswell/events';
import { ExactlyOnceConsumer } from '@groundswell/messaging';
import type { Identity } from '@groundswell/service-kit';
import { createTopic, eventually, freshDatabase, testKafka, uniqueName } from '@groundswell/test-kit';
import { KnownCommunities } from '../content-items/known-communities/known-communities';
import { contentOutboxRoutes } from '../outbox/content-outbox';
import { createContentDatabase } from '../testing/content-database';
import { applyModerationToContributions } from './moderation/apply-moderation';
import { ugcProjections } from './ugc.projection';
import { UgcQueries } from './ugc.queries';
import { AcceptAnswerUseCase } from './use-cases/accept-answer.use-case';
import { CurateContributionUseCase } from './use-cases/curate-contribution.use-case';
import { PostContributionUseCase } from './use-cases/post-contribution.use-case';
import { SetUgcSettingsUseCase } from './use-cases/set-ugc-settings.use-case';
import { VoteInPollUseCase } from './use-cases/vote-in-poll.use-case';

const aMemberApp = (tenant: string): Identity => ({ sub: 'member-app', tenant, roles: ['volunteer'] });
const aManager = (tenant: string): Identity => ({ sub: 'u-manager', tenant, roles: ['community_manager'] });
const aTenantId = () => `tenant-${randomUUID().slice(0, 8)}`;

describe('UGC contributions', () => {
  const database = freshDatabase('test', () => createContentDatabase('ugc'));
  let store: EventStore;
  let post: PostContributionUseCase;
  let queries: UgcQueries;
  let tenant: string;
  let communityId: string;
  let known: KnownCommunities;

  beforeEach(async () => {
    store = new EventStore(database.pool, ugcProjections);
    known = new KnownCommunities(database.pool);
    [post, queries] = [new PostContributionUseCase(store, known), new UgcQueries(database.pool, known)];
    [tenant, communityId] = [aTenantId(), randomUUID()];
    // As the known-communities consumer records the members service's CommunityCreated.
    await database.pool.query('INSERT INTO content_known_communities (tenant_id, community_id) VALUES ($1, $2)', [tenant, communityId]);
  });

  it("should refuse another tenant's community: no post, no settings, not even defaults", async () => {
    const other = aTenantId();
    const refused = { code: 'COMMUNITY_UNKNOWN', category: 'BAD_USER_INPUT' };
    await expect(post.execute(aMemberApp(other), { communityId, kind: 'post', title: '串门', body: '别的租户的社群' })).rejects.toMatchObject(refused);
    await expect(new SetUgcSettingsUseCase(store, known).execute(aManager(other), communityId, { moderation: 'pre', rewardPoints: 5 })).rejects.toMatchObject(refused);
    await expect(queries.settings(other, communityId)).rejects.toMatchObject(refused);
    expect((await database.pool.query('SELECT count(*)::int AS n FROM events')).rows[0].n).toBe(0);
  });

  const eventsOfType = async (type: string) =>
    (await database.pool.query(`SELECT * FROM events WHERE tenant_id = $1 AND event_type = $2 ORDER BY global_position`, [tenant, type])).rows.map((row) => row as Record<string, unknown>);
  const storedOfType = async (type: string): Promise<StoredEvent[]> =>
    (await eventsOfType(type)).map((row) => ({
      globalPosition: BigInt(row.global_position as string),
      transactionId: BigInt(row.transaction_id as string),
      eventId: row.event_id as string,
      tenantId: row.tenant_id as string,
      streamId: row.stream_id as string,
      streamType: row.stream_type as string,
      streamVersion: Number(row.stream_version),
      type: row.event_type as string,
      data: row.data,
      occurredAt: row.occurred_at as Date,
      recordedAt: row.recorded_at as Date,
      correlationId: row.correlation_id as string,
      causationId: row.causation_id as string,
      traceparent: null,
    }));

  const moderationEvent = (type: string, data: unknown, subject: string) =>
    createEnvelope({ type, data, subject, tenantid: tenant, streamversion: 1, time: new Date(), correlationid: randomUUID() });

  it('should hide a pre-moderated contribution until moderation\'s verdict arrives through Kafka, and take it down on a delete_content sanction', async () => {
    await new SetUgcSettingsUseCase(store, known).execute(aManager(tenant), communityId, { moderation: 'pre', rewardPoints: 10 });
    const id = await post.execute(aMemberApp(tenant), { communityId, kind: 'post', authorMemberId: randomUUID(), title: '新品试用报告', body: '用了一周，续航很好。' });
    const shown = async () => (await queries.contributions(tenant, { communityId }, {})).edges.map((edge) => edge.node.id);
    expect(await queries.contribution(tenant, id)).toBeNull();
    expect(await shown()).toEqual([]);

    // What content asked moderation, on moderation's request topic.
    const [request] = await storedOfType(ScreeningRequestedV1.type);
    expect(contentOutboxRoutes(request!)).toBe(requestTopics.moderationScreening);
    const asked = toEnvelope(request!).data as DataOf<typeof ScreeningRequestedV1>;
    expect(asked).toMatchObject({ target: { kind: 'content', id: `contribution:${id}`, communityId }, text: '新品试用报告\n用了一周，续航很好。', requestedBy: 'content' });

    const kafka = testKafka();
    const topic = uniqueName('moderation-verdicts');
    await createTopic(kafka, topic, 1);
    const consumer = new ExactlyOnceConsumer({ kafka, groupId: uniqueName('content-ugc-moderation'), topics: [topic], pool: database.pool, handle: applyModerationToContributions(store), backoff: { initialMs: 50, maxMs: 500 } });
    const producer = kafka.producer();
    try {
      await Promise.all([consumer.start(), producer.connect()]);
      const verdict: DataOf<typeof TextScreenedV1> = {
        screeningId: asked.screeningId, target: asked.target, verdict: 'pass', matches: [], listVersion: 1, riskScore: 0.02, riskSignals: [], flagged: false, tags: [], requestedBy: 'content', screenedAt: new Date().toISOString(),
      };
      const screened = moderationEvent(TextScreenedV1.type, verdict, `text-screening-${asked.screeningId}`);
      // A content item's screening on the same topic is not ours.
      const contentItems = moderationEvent(TextScreenedV1.type, { ...verdict, screeningId: randomUUID(), target: { kind: 'content', id: `content-item:${randomUUID()}` }, verdict: 'blocked' }, 'text-screening-x');
      await producer.send({ topic, messages: [toKafkaMessage(contentItems), toKafkaMessage(screened), toKafkaMessage(screened)] });
      await eventually(async () => expect(await shown()).toEqual([id]), 20_000);
      expect(await eventsOfType(ContributionScreenedV1.type)).toHaveLength(1);

      const sanction = moderationEvent(
        SanctionAppliedV1.type,
        { sanctionId: randomUUID(), memberId: randomUUID(), kind: 'delete_content', communityId, contentId: `contribution:${id}`, ruleId: 'rule-ads', reason: '广告', notice: '你的内容因广告被删除，可在 7 天内申诉。', appliedBy: { kind: 'operator', id: 'moderator-wang' }, appliedAt: new Date().toISOString() },
        'member-sanctions-x',
      );
      await producer.send({ topic, messages: [toKafkaMessage(sanction)] });
      await eventually(async () => expect(await shown()).toEqual([]), 20_000);
      expect(await queries.contribution(tenant, id, true)).toMatchObject({ visibility: 'hidden' });
    } finally {
      await Promise.allSettled([consumer.stop(), producer.disconnect()]);
    }
  }, 60_000);

  it('should reward an accepted answer\'s author once, however often it is accepted or later showcased', async () => {
    const [asker, answerer] = [randomUUID(), randomUUID()];
    const questionId = await post.execute(aMemberApp(tenant), { communityId, kind: 'question', authorMemberId: asker, title: '磨豆机怎么选？', body: '预算五百以内。' });
    const answerId = await post.execute(aMemberApp(tenant), { communityId, kind: 'answer', parentId: questionId, authorMemberId: answerer, body: '选锥刀的。' });
    const otherId = await post.execute(aMemberApp(tenant), { communityId, kind: 'answer', parentId: questionId, authorMemberId: randomUUID(), body: '选平刀的。' });
    const accept = new AcceptAnswerUseCase(store);

    const outcomes = await Promise.allSettled([accept.execute(aMemberApp(tenant), { answerId, acceptedByMemberId: asker }, false), accept.execute(aMemberApp(tenant), { answerId: otherId, acceptedByMemberId: asker }, false)]);
    const acceptedId = outcomes[0]!.status === 'fulfilled' ? answerId : otherId;
    expect(outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => (outcome as PromiseRejectedResult).reason.code)).toEqual(['ANSWER_ALREADY_ACCEPTED']);
    await accept.execute(aMemberApp(tenant), { answerId: acceptedId, acceptedByMemberId: asker }, false);
    await new CurateContributionUseCase(store).execute(aManager(tenant), acceptedId, { type: 'PromoteContribution', note: '精华回答' });

    const rewards = await eventsOfType(ContributionRewardedV1.type);
    expect(rewards.map((row) => row.data)).toEqual([{ contributionId: acceptedId, communityId, memberId: expect.any(String), points: 10, reason: 'answer_accepted' }]);
    expect(await queries.contribution(tenant, questionId)).toMatchObject({ acceptedAnswerId: acceptedId });
    expect(await queries.contribution(tenant, acceptedId)).toMatchObject({ promoted: true, rewardedPoints: 10 });
    await expect(accept.execute(aMemberApp(tenant), { answerId: acceptedId, acceptedByMemberId: answerer }, false)).resolves.toBeUndefined();
  });

  it('should count each member\'s vote once when twenty vote at once', async () => {
    const pollId = await post.execute(aMemberApp(tenant), { communityId, kind: 'poll', authorMemberId: randomUUID(), title: '最喜欢的口味', body: '选一个', pollOptions: ['拿铁', '美式'] });
    const vote = new VoteInPollUseCase(store);
    const voters = Array.from({ length: 20 }, () => randomUUID());
    await Promise.all(voters.map((memberId, index) => vote.execute(aMemberApp(tenant), { pollId, memberId, option: index % 2 })));
    await expect(vote.execute(aMemberApp(tenant), { pollId, memberId: voters[0]!, option: 1 })).rejects.toMatchObject({ code: 'ALREADY_VOTED', category: 'CONFLICT' });
    expect(await queries.contribution(tenant, pollId)).toMatchObject({ pollVotes: [10, 10] });
  });

  it('should answer a retried post with the first contribution, and keep contributions in their tenant', async () => {
    const input = { communityId, kind: 'post' as const, authorMemberId: randomUUID(), title: '早餐打卡', body: '今天是燕麦。' };
    const first = await post.execute(aMemberApp(tenant), input, 'retry-1');
    expect(await post.execute(aMemberApp(tenant), input, 'retry-1')).toBe(first);
    expect((await queries.contributions(tenant, {}, {})).totalCount).toBe(1);
    const other = aTenantId();
    expect(await queries.contribution(other, first)).toBeNull();
    await expect(new CurateContributionUseCase(store).execute(aManager(other), first, { type: 'PinContribution' })).rejects.toMatchObject({ code: 'CONTRIBUTION_NOT_FOUND', category: 'NOT_FOUND' });
    // Even where the other tenant has a community of that id, the parent stays out of its reach.
    await database.pool.query('INSERT INTO content_known_communities (tenant_id, community_id) VALUES ($1, $2)', [other, communityId]);
    await expect(post.execute(aMemberApp(other), { ...input, kind: 'comment', title: undefined, parentId: first })).rejects.toMatchObject({ code: 'PARENT_NOT_FOUND' });
  });
});
