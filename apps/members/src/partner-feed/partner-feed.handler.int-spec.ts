import { randomUUID } from 'node:crypto';
import { readStream, toEnvelope, withTransaction } from '@groundswell/event-store';
import { createEnvelope, type EventEnvelope } from '@groundswell/events';
import type { KafkaProducer } from '@groundswell/messaging';
import { RecordConsentUseCase } from '../consent-and-erasure/record-consent.use-case';
import { memberStreams } from '../shared/stream-ids';
import { anOperator, membersTestWorld, type MembersTestWorld } from '../shared/testing/members-test-world';
import { EarnPointsUseCase } from '../points/use-cases/earn-points.use-case';
import { RedeemPointsUseCase } from '../points/use-cases/redeem-points.use-case';
import { partnerFeedBatchHandler, partnerFeedHandler } from './partner-feed.handler';

interface Sent {
  type: string;
  data: Record<string, unknown>;
}

type SentMessage = { value: Buffer | string | null; headers?: Record<string, Buffer | string> };
const sentOf = (message: SentMessage): Sent => ({ type: String(message.headers!.ce_type), data: JSON.parse(String(message.value)) });

describe(partnerFeedHandler.name, () => {
  let world: MembersTestWorld;
  beforeAll(async () => {
    world = await membersTestWorld('partner_feed');
  });
  afterAll(() => world.database.drop());

  /** The feed's real handler in its own transactions, with a producer that records what partners would get. */
  function feed() {
    const sent: Sent[] = [];
    const producer = {
      send: async ({ messages }: { messages: SentMessage[] }) => {
        sent.push(...messages.map(sentOf));
      },
    } as unknown as KafkaProducer;
    const handler = partnerFeedHandler(producer);
    const handle = (event: EventEnvelope) => withTransaction(world.database.pool, (client) => handler(client, event));
    return { sent, handle };
  }
  const stream = async (tenant: string, streamId: string) => (await readStream(world.database.pool, tenant, streamId)).map(toEnvelope);
  const consentGranted = (tenant: string, memberId: string) =>
    createEnvelope({
      type: 'groundswell.members.MemberConsentGranted.v1',
      subject: `member-${memberId}`,
      tenantid: tenant,
      streamversion: 2,
      time: new Date('2026-11-01T00:00:00Z'),
      data: { memberId, purpose: 'partner_sharing', source: 'operator_on_behalf', policyVersion: '2026-01', decidedAt: '2026-11-01T00:00:00.000Z', recordedBy: { kind: 'operator', id: 'u1' } },
    });
  const earned = (tenant: string, memberId: string, streamversion: number, amount: number) =>
    createEnvelope({
      type: 'groundswell.members.PointsEarned.v1',
      subject: `points-${memberId}`,
      tenantid: tenant,
      streamversion,
      time: new Date('2026-11-01T00:00:00Z'),
      data: { memberId, sourceRef: `order:${randomUUID()}`, sourceKind: 'purchase', amount, earnedAt: '2026-11-01T00:00:00.000Z' },
    });

  it('should give the balance of a points stream first met mid-way from the event store, with no points read model to ask', async () => {
    const operator = anOperator();
    const memberId = await world.aMember(operator);
    await new RecordConsentUseCase(world.context).execute(operator, memberId, { purpose: 'partner_sharing', granted: true, source: 'operator_on_behalf', policyVersion: '2026-01', decidedAt: new Date() });
    const earn = new EarnPointsUseCase(world.context);
    await earn.execute(operator, { memberId, amount: 100, sourceRef: 'order:1', sourceKind: 'purchase' });
    await earn.execute(operator, { memberId, amount: 50, sourceRef: 'order:2', sourceKind: 'purchase' });
    await new RedeemPointsUseCase(world.context).execute(operator, { memberId, amount: 30, redemptionId: randomUUID() });
    // Whatever the points read model holds (or doesn't) is no concern of the feed.
    await world.database.pool.query('DELETE FROM points_ledger WHERE tenant_id = $1', [operator.tenant]);

    const { sent, handle } = feed();
    for (const event of await stream(operator.tenant, memberStreams.member(memberId).streamId)) await handle(event);
    const points = await stream(operator.tenant, memberStreams.points(memberId).streamId);
    await handle(points.at(-1)!); // the redemption: the feed never saw the earnings before it
    await handle(earned(operator.tenant, memberId, points.length + 1, 5));

    expect(sent.filter((record) => record.type.includes('Points'))).toEqual([
      { type: 'groundswell.partner.PointsRedeemed.v1', data: { memberId, points: 30, balance: 120 } },
      { type: 'groundswell.partner.PointsEarned.v1', data: { memberId, points: 5, balance: 125 } },
    ]);
  });

  it('should handle events of streams it has never seen and events it cannot enrich without failing', async () => {
    const tenant = `tenant-${randomUUID()}`;
    const [consenting, silent] = [randomUUID(), randomUUID()];
    const { sent, handle } = feed();

    await handle(earned(tenant, silent, 9, 40)); // no consent known: nothing is looked up, nothing published
    await handle(consentGranted(tenant, consenting));
    await handle(earned(tenant, consenting, 4, 40)); // a stream neither the feed nor the event store holds
    await handle(
      createEnvelope({
        type: 'groundswell.members.GrowthLevelChanged.v1',
        subject: `points-${consenting}`,
        tenantid: tenant,
        streamversion: 5,
        time: new Date('2026-11-01T00:00:00Z'),
        data: { memberId: consenting, from: 'seed', to: 'no-such-level', growthValue: 500, levelTableVersion: 7 },
      }),
    );

    expect(sent).toEqual([{ type: 'groundswell.partner.PointsEarned.v1', data: { memberId: consenting, points: 40, balance: 40 } }]);
  });

  it('should send the partner events of a consumer batch in one request, in order, and nothing for a batch that fails', async () => {
    const tenant = `tenant-${randomUUID()}`;
    const memberId = randomUUID();
    const requests: Sent[][] = [];
    const producer = { send: async ({ messages }: { messages: SentMessage[] }) => void requests.push(messages.map(sentOf)) } as unknown as KafkaProducer;
    const handleBatch = partnerFeedBatchHandler(producer);
    const apply = (...envelopes: EventEnvelope[]) =>
      withTransaction(world.database.pool, (client) => handleBatch(client, envelopes.map((envelope, offset) => ({ envelope, context: { topic: 'members', partition: 0, offset: String(offset) } }))));

    await apply(consentGranted(tenant, memberId), earned(tenant, memberId, 1, 10), earned(tenant, memberId, 2, 5));
    await expect(apply(earned(tenant, memberId, 3, 7), { ...earned(tenant, memberId, 4, 1), type: 'groundswell.members.NoSuchEvent.v1' })).rejects.toThrow(/NoSuchEvent/);
    await apply(earned(tenant, memberId, 3, 7));

    expect(requests).toEqual([
      [
        { type: 'groundswell.partner.PointsEarned.v1', data: { memberId, points: 10, balance: 10 } },
        { type: 'groundswell.partner.PointsEarned.v1', data: { memberId, points: 5, balance: 15 } },
      ],
      [{ type: 'groundswell.partner.PointsEarned.v1', data: { memberId, points: 7, balance: 22 } }],
    ]);
  });
});
