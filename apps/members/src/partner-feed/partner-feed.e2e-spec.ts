import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { e2eBrokerTopic, eventually, expectingSuccess, gatewayClient } from '@groundswell/test-kit';

interface PartnerRecord {
  type: string;
  dataschema: string;
  key: string;
  data: Record<string, unknown>;
}

const schemaBase = 'https://schemas.groundswell.dev/events/';

/** What a partner does: plain KafkaJS on the public topic, CloudEvents binary mode, their own group. */
async function partnerConsumer(tenant: string, received: PartnerRecord[]): Promise<Consumer> {
  const kafka = new Kafka({ clientId: 'partner-e2e', brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `partner-e2e-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic: e2eBrokerTopic('gs.partner.members.v1'), fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const header = (name: string) => message.headers?.[name]?.toString();
      if (header('ce_tenantid') !== tenant) return;
      received.push({
        type: header('ce_type')!,
        dataschema: header('ce_dataschema')!,
        key: message.key!.toString(),
        data: JSON.parse(message.value!.toString()),
      });
    },
  });
  return consumer;
}

describe('partner topic gs.partner.members.v1', () => {
  it('should give partners only documented, consent-filtered events that match the committed JSON Schemas', async () => {
    const tenant = `e2e-partner-${randomUUID().slice(0, 8)}`;
    const graphql = expectingSuccess(await gatewayClient(tenant));
    const create = async (name: string) =>
      (await graphql(`mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id } } }`, { input: { name, platform: 'wecom' } }))
        .createCommunity.community.id as string;
    const join = async (communityId: string, phone: string) =>
      (await graphql(`mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id } } }`, {
        input: { communityId, channel: 'qr-code', displayName: '测试', identities: [{ kind: 'phone', value: phone }] },
      })).joinCommunity.member.id as string;
    const leave = (memberId: string, communityId: string) =>
      graphql(`mutation($m: ID!, $c: ID!) { leaveCommunity(memberId: $m, communityId: $c) { member { id } } }`, { m: memberId, c: communityId });
    const erase = (memberId: string) => graphql(`mutation($m: ID!) { eraseMember(memberId: $m, basis: member_request) { member { id } } }`, { m: memberId });

    const received: PartnerRecord[] = [];
    const consumer = await partnerConsumer(tenant, received);
    try {
      const [first, second] = [await create('One'), await create('Two')];
      const consenting = await join(first, '13600000001');
      const silent = await join(first, '13600000002');
      await graphql(
        `mutation($m: ID!, $d: ConsentDecisionInput!) { recordConsent(memberId: $m, decision: $d) { member { id } } }`,
        { m: consenting, d: { purpose: 'partner_sharing', granted: true, source: 'operator_on_behalf', policyVersion: '2026-01', decidedAt: new Date().toISOString() } },
      );
      // The feed checks consent when it handles an event; a join recorded after the consent is always shared.
      await join(second, '13600000001');
      await leave(consenting, second);
      await leave(silent, first);
      await erase(consenting);
      await erase(silent);

      await eventually(() => expect(received.filter((record) => record.type === 'groundswell.partner.MemberErased.v1')).toHaveLength(2), 90_000, 500);
      const ofConsenting = received.filter((record) => record.key === consenting).map((record) => record.type);
      expect(ofConsenting).toEqual(expect.arrayContaining(['groundswell.partner.MemberJoined.v1', 'groundswell.partner.MemberLeft.v1', 'groundswell.partner.MemberErased.v1']));
      expect(received.filter((record) => record.key === silent).map((record) => record.type)).toEqual(['groundswell.partner.MemberErased.v1']);

      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      for (const record of received) {
        expect(record.dataschema.startsWith(schemaBase)).toBe(true);
        const schema = JSON.parse(readFileSync(`libs/events/schemas/${record.dataschema.slice(schemaBase.length)}`, 'utf8'));
        const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
        expect({ type: record.type, valid: validate(record.data), errors: validate.errors ?? null }).toEqual({ type: record.type, valid: true, errors: null });
        expect(Object.keys(record.data).filter((key) => !(key in schema.properties))).toEqual([]);
        expect(JSON.stringify(record.data)).not.toMatch(/测试|1360000000/);
      }
    } finally {
      await consumer.disconnect();
    }
  });
});
