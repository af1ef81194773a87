import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { e2eBrokerTopic, eventually, expectingSuccess, gatewayClient } from '@groundswell/test-kit';

interface PartnerRecord {
  type: string;
  data: Record<string, unknown>;
}

async function partnerConsumer(tenant: string, received: PartnerRecord[]): Promise<Consumer> {
  const kafka = new Kafka({ clientId: 'partner-levels-e2e', brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `partner-levels-e2e-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic: e2eBrokerTopic('gs.partner.members.v1'), fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (message.headers?.ce_tenantid?.toString() !== tenant) return;
      received.push({ type: message.headers.ce_type!.toString(), data: JSON.parse(message.value!.toString()) });
    },
  });
  return consumer;
}

const dayMs = 24 * 60 * 60 * 1000;

describe('points programme, levels, badges and churn risk through the gateway', () => {
  it('should level a member up under the tenant table, tell partners, and show level and badges on the member', async () => {
    const tenant = `e2e-levels-${randomUUID().slice(0, 8)}`;
    const graphql = expectingSuccess(await gatewayClient(tenant));
    const received: PartnerRecord[] = [];
    const consumer = await partnerConsumer(tenant, received);
    try {
      const key = randomUUID();
      const defineLevels = `mutation($key: String) { defineGrowthLevels(levels: [{ level: "seed", minGrowth: 0 }, { level: "sprout", minGrowth: 100 }], idempotencyKey: $key) { levelTableVersion levels { level minGrowth } } }`;
      expect((await graphql(defineLevels, { key })).defineGrowthLevels.levelTableVersion).toBe(1);
      expect((await graphql(defineLevels, { key })).defineGrowthLevels.levelTableVersion).toBe(1);
      const policy = await graphql(`mutation { setPointsExpiryPolicy(policy: { kind: months_after_earning, months: 12 }) { expiryPolicy { kind months } } }`);
      expect(policy.setPointsExpiryPolicy.expiryPolicy).toEqual({ kind: 'months_after_earning', months: 12 });
      await graphql(`mutation { defineBadge(input: { badgeId: "early-bird", name: "Early bird" }) { badges { badgeId } } }`);

      const communityId = (await graphql(`mutation { createCommunity(input: { name: "Levels", platform: wecom }) { community { id } } }`)).createCommunity.community.id;
      const memberId = (
        await graphql(`mutation($c: ID!) { joinCommunity(input: { communityId: $c, channel: "qr-code", identities: [{ kind: phone, value: "13700000002" }] }) { member { id } } }`, { c: communityId })
      ).joinCommunity.member.id as string;
      await graphql(`mutation($m: ID!, $d: ConsentDecisionInput!) { recordConsent(memberId: $m, decision: $d) { member { id } } }`, {
        m: memberId,
        d: { purpose: 'partner_sharing', granted: true, source: 'operator_on_behalf', policyVersion: '2026-01', decidedAt: new Date().toISOString() },
      });
      // Points travel on another topic than consent: the member joining a second community (same phone,
      // same member) shows when the feed has seen the consent, before earning.
      const second = (await graphql(`mutation { createCommunity(input: { name: "Levels 2", platform: wecom }) { community { id } } }`)).createCommunity.community.id;
      await graphql(`mutation($c: ID!) { joinCommunity(input: { communityId: $c, channel: "qr-code", identities: [{ kind: phone, value: "13700000002" }] }) { member { id } } }`, { c: second });
      await eventually(() => expect(received.filter((record) => record.type === 'groundswell.partner.MemberJoined.v1')).toHaveLength(1), 90_000, 500);

      await graphql(`mutation($m: ID!) { earnPoints(input: { memberId: $m, amount: 150, sourceRef: "order:1", sourceKind: purchase }) { balance } }`, { m: memberId });
      await graphql(`mutation($m: ID!) { awardBadge(memberId: $m, badgeId: "early-bird", reason: "First order") { badgeId } }`, { m: memberId });
      const member = await graphql(`query($id: ID!) { member(id: $id) { level badges { badgeId name reason } } }`, { id: memberId });
      expect(member.member).toEqual({ level: 'sprout', badges: [{ badgeId: 'early-bird', name: 'Early bird', reason: 'First order' }] });

      await eventually(() => expect(received.map((record) => record.type)).toContain('groundswell.partner.MemberLevelChanged.v1'), 90_000, 500);
      expect(received.filter((record) => record.type === 'groundswell.partner.MemberLevelChanged.v1')).toEqual([
        { type: 'groundswell.partner.MemberLevelChanged.v1', data: { memberId, level: 1, previousLevel: 0 } },
      ]);
    } finally {
      await consumer.disconnect();
    }
  });

  it('should score churn risk from recorded activity and let a person confirm it', async () => {
    const client = await gatewayClient(`e2e-churn-${randomUUID().slice(0, 8)}`);
    const graphql = expectingSuccess(client);
    const communityId = (await graphql(`mutation { createCommunity(input: { name: "Churn", platform: wechat }) { community { id } } }`)).createCommunity.community.id;
    const memberId = (
      await graphql(`mutation($c: ID!) { joinCommunity(input: { communityId: $c, channel: "qr-code", identities: [{ kind: phone, value: "13700000004" }] }) { member { id } } }`, { c: communityId })
    ).joinCommunity.member.id as string;
    const churnRisk = `query($id: ID!, $c: ID!) { member(id: $id) { churnRisk(communityId: $c) { band confirmed confirmedBy } memberships { stage } } }`;
    expect((await graphql(churnRisk, { id: memberId, c: communityId })).member.churnRisk).toBeNull();
    const early = await client(`mutation($m: ID!, $c: ID!) { confirmChurnRisk(memberId: $m, communityId: $c, confirmed: true) { band } }`, { m: memberId, c: communityId });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CHURN_RISK_NOT_ASSESSED' });

    const now = Date.now();
    const items = [4, 3, 2, 1, 1].map((ago, index) => ({ memberId, kind: 'message_posted', clientEventId: `post-${index}`, occurredAt: new Date(now - ago * dayMs).toISOString() }));
    await graphql(`mutation($input: RecordActivityInput!) { recordMemberActivity(input: $input) { accepted } }`, { input: { communityId, items } });
    await eventually(async () => {
      const member = (await graphql(churnRisk, { id: memberId, c: communityId })).member;
      expect(member.memberships).toEqual([{ stage: 'active' }]);
      expect(member.churnRisk).toEqual({ band: 'medium', confirmed: null, confirmedBy: null });
    }, 60_000, 500);

    const confirmed = await graphql(`mutation($m: ID!, $c: ID!) { confirmChurnRisk(memberId: $m, communityId: $c, confirmed: true, note: "Quiet lately", idempotencyKey: "k-1") { band confirmed confirmedBy note } }`, { m: memberId, c: communityId });
    expect(confirmed.confirmChurnRisk).toMatchObject({ band: 'medium', confirmed: true, note: 'Quiet lately' });
    expect(confirmed.confirmChurnRisk.confirmedBy).toEqual(expect.any(String));
  });

  it('should keep the programme and churn reviews out of reach of roles without members:manage', async () => {
    const graphql = await gatewayClient(`e2e-levels-${randomUUID().slice(0, 8)}`, ['analyst']);
    const denied = await graphql(`mutation { defineBadge(input: { badgeId: "vip", name: "VIP" }) { badges { badgeId } } }`);
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const review = await graphql(`mutation($m: ID!) { confirmChurnRisk(memberId: $m, communityId: $m, confirmed: false) { band } }`, { m: randomUUID() });
    expect(review.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
