import { randomUUID } from 'node:crypto';
import { testKafka, type TestDatabase } from '@groundswell/test-kit';
import type { KafkaMessage } from 'kafkajs';
import { EraseMemberUseCase } from '../../consent-and-erasure/erase-member.use-case';
import { RecordConsentUseCase } from '../../consent-and-erasure/record-consent.use-case';
import { EarnPointsUseCase } from '../../points/use-cases/earn-points.use-case';
import { anOperator, membersTestWorld, type MembersTestWorld } from '../../shared/testing/members-test-world';
import { BackfillPartnerFeedUseCase } from './backfill-partner-feed.use-case';

describe('partner feed backfill', () => {
  const kafka = testKafka();
  let world: MembersTestWorld;
  let database: TestDatabase;

  beforeAll(async () => {
    world = await membersTestWorld('partner_backfill');
    database = world.database;
  });
  afterAll(() => database.drop());

  async function readAll(topic: string, expected: number): Promise<KafkaMessage[]> {
    const consumer = kafka.consumer({ groupId: `backfill-reader-${randomUUID()}` });
    const messages: KafkaMessage[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${messages.length} of ${expected} records on ${topic} within 30 s`)), 30_000);
        void consumer.run({
          eachMessage: async ({ message }) => {
            messages.push(message);
            if (messages.length === expected) (clearTimeout(timer), resolve());
          },
        });
      });
    } finally {
      await consumer.disconnect();
    }
    return messages;
  }

  it('should rebuild the partner history from the event store with the live consent rule, erased members only as erased, and the same ids every time', async () => {
    const operator = { ...anOperator(), tenant: `tenant-${randomUUID().slice(0, 8)}` };
    const consent = (memberId: string, granted: boolean) =>
      new RecordConsentUseCase(world.context).execute(operator, memberId, { purpose: 'partner_sharing', granted, source: 'operator_on_behalf', policyVersion: '2026-01', decidedAt: new Date() });
    const earn = (memberId: string, amount: number) => new EarnPointsUseCase(world.context).execute(operator, { memberId, amount, sourceRef: `order:${randomUUID()}`, sourceKind: 'purchase' });

    const sharing = await world.aMember(operator); // joined before consenting: that join is not shared
    await consent(sharing, true);
    await earn(sharing, 100);
    const silent = await world.aMember(operator);
    await earn(silent, 50);
    const erased = await world.aMember(operator);
    await consent(erased, true);
    await earn(erased, 70);
    await new EraseMemberUseCase(world.context).execute(operator, erased, 'member_request');

    const backfill = new BackfillPartnerFeedUseCase(database.pool, kafka);
    const first = await backfill.execute(operator, 'jd-shop');
    expect(first).toEqual({ topic: `gs.partner.${operator.tenant}.replay.jd-shop.members.v1`, records: 2 });
    const records = await readAll(first.topic, 2);
    // The join before consent and the silent member's points are not shared; the erased member's
    // points were, live, but a backfill after the erasure keeps only the erasure.
    // Order is kept per member (the key), not across members.
    const byType = (messages: KafkaMessage[]) => messages.map((message) => [message.key!.toString(), message.headers!.ce_type!.toString(), JSON.parse(message.value!.toString())]).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(byType(records)).toEqual([
      [erased, 'groundswell.partner.MemberErased.v1', { memberId: erased }],
      [sharing, 'groundswell.partner.PointsEarned.v1', { memberId: sharing, points: 100, balance: 100 }],
    ]);

    // Again: the same records with the same ids, which partners deduplicate.
    expect((await backfill.execute(operator, 'jd-shop')).records).toBe(2);
    const twice = await readAll(first.topic, 4);
    const ids = (messages: KafkaMessage[]) => messages.map((message) => message.headers!.ce_id!.toString()).sort();
    expect(ids(twice)).toEqual(ids([...records, ...records]));
  });

  it('should refuse a partner that is not a slug', async () => {
    await expect(new BackfillPartnerFeedUseCase(database.pool, kafka).execute({ ...anOperator(), tenant: 'acme' }, 'JD Shop')).rejects.toMatchObject({ category: 'BAD_USER_INPUT' });
  });
});
