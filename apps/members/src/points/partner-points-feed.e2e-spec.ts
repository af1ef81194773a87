import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { e2eBrokerTopic, eventually, expectingSuccess, gatewayClient } from '@groundswell/test-kit';

interface PartnerRecord {
  type: string;
  key: string;
  data: Record<string, unknown>;
}

async function partnerConsumer(tenant: string, received: PartnerRecord[]): Promise<Consumer> {
  const kafka = new Kafka({ clientId: 'partner-points-e2e', brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `partner-points-e2e-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic: e2eBrokerTopic('gs.partner.members.v1'), fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (message.headers?.ce_tenantid?.toString() !== tenant) return;
      received.push({ type: message.headers.ce_type!.toString(), key: message.key!.toString(), data: JSON.parse(message.value!.toString()) });
    },
  });
  return consumer;
}

describe('points on the partner topic', () => {
  it('should tell partners what a consenting member earned and spent, with the balance after each', async () => {
    const tenant = `e2e-partner-points-${randomUUID().slice(0, 8)}`;
    const graphql = expectingSuccess(await gatewayClient(tenant));
    const create = async () => (await graphql(`mutation { createCommunity(input: { name: "Points", platform: wecom }) { community { id } } }`)).createCommunity.community.id;
    const join = async (communityId: string) =>
      (await graphql(`mutation($c: ID!) { joinCommunity(input: { communityId: $c, channel: "qr-code", identities: [{ kind: phone, value: "13700000001" }] }) { member { id } } }`, { c: communityId }))
        .joinCommunity.member.id as string;

    const received: PartnerRecord[] = [];
    const consumer = await partnerConsumer(tenant, received);
    try {
      const memberId = await join(await create());
      await graphql(`mutation($m: ID!, $d: ConsentDecisionInput!) { recordConsent(memberId: $m, decision: $d) { member { id } } }`, {
        m: memberId,
        d: { purpose: 'partner_sharing', granted: true, source: 'operator_on_behalf', policyVersion: '2026-01', decidedAt: new Date().toISOString() },
      });
      // Points travel on another topic than consent: wait until the feed has seen the consent before earning.
      await join(await create());
      await eventually(() => expect(received.map((record) => record.type)).toContain('groundswell.partner.MemberJoined.v1'), 90_000, 500);

      await graphql(`mutation($m: ID!) { earnPoints(input: { memberId: $m, amount: 150, sourceRef: "order:1", sourceKind: purchase }) { balance } }`, { m: memberId });
      const itemId = (await graphql(`mutation { addCatalogueItem(input: { name: "Mug", kind: gift, cost: 100, stock: 3 }) { id } }`)).addCatalogueItem.id;
      await graphql(`mutation($m: ID!, $i: ID!) { redeemCatalogueItem(input: { memberId: $m, itemId: $i, expectedCost: 100 }) { redemptionId } }`, { m: memberId, i: itemId });

      await eventually(() => expect(received.filter((record) => record.type.startsWith('groundswell.partner.Points'))).toHaveLength(2), 90_000, 500);
      expect(received.filter((record) => record.type.startsWith('groundswell.partner.Points'))).toEqual([
        { type: 'groundswell.partner.PointsEarned.v1', key: memberId, data: { memberId, points: 150, balance: 150 } },
        { type: 'groundswell.partner.PointsRedeemed.v1', key: memberId, data: { memberId, points: 100, balance: 50 } },
      ]);
    } finally {
      await consumer.disconnect();
    }
  });
});
