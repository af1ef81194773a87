import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type KafkaConfig } from 'kafkajs';
import { Webhook } from 'standardwebhooks';
import { e2eBrokerTopic, eventually, expectingSuccess, gatewayClient } from '@groundswell/test-kit';

interface Issued {
  password: string;
  bootstrapServers: string[];
  partnerCredential: { id: string; username: string; topicPrefix: string; groupPrefix: string };
}

/** A partner's plain KafkaJS consumer on the SASL listener: the member ids of the records it reads, or the broker's refusal. */
async function readAsPartner(issued: Issued, topic: string, until: (memberIds: string[]) => boolean): Promise<string[]> {
  const config: KafkaConfig = {
    clientId: 'partner-e2e',
    brokers: issued.bootstrapServers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
    sasl: { mechanism: 'scram-sha-512', username: issued.partnerCredential.username, password: issued.password },
  };
  const consumer = new Kafka(config).consumer({ groupId: `${issued.partnerCredential.groupPrefix}${randomUUID()}`, retry: { retries: 0 } });
  const memberIds: string[] = [];
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not all records on ${topic} within 90 s: ${memberIds.join(', ')}`)), 90_000);
      consumer.on(consumer.events.CRASH, ({ payload }) => (clearTimeout(timer), reject(payload.error)));
      consumer
        .run({
          eachMessage: async ({ message }) => {
            memberIds.push(message.key!.toString());
            if (until(memberIds)) (clearTimeout(timer), resolve());
          },
        })
        .catch((error: unknown) => (clearTimeout(timer), reject(error)));
    });
    return memberIds;
  } finally {
    await consumer.disconnect().catch(() => undefined);
  }
}

describe('partner access: Kafka logins and webhooks', () => {
  it('should give a partner its tenant\'s member events on Kafka and by signed webhook, and nothing once revoked', async () => {
    const tenant = `e2e-partner-access-${randomUUID().slice(0, 8)}`;
    const graphql = expectingSuccess(await gatewayClient(tenant));
    const delivered: Array<{ type: string; data: { memberId: string } }> = [];
    let secret = '';
    const receiver = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        try {
          delivered.push(new Webhook(secret).verify(body, request.headers as Record<string, string>) as (typeof delivered)[number]);
          response.writeHead(204).end();
        } catch {
          response.writeHead(400).end();
        }
      });
    });
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
    try {
      const { issuePartnerCredential: issued } = await graphql<{ issuePartnerCredential: Issued }>(
        `mutation { issuePartnerCredential(input: { partner: "crm" }) { password bootstrapServers partnerCredential { id username topicPrefix groupPrefix } } }`,
      );
      const subscription = await graphql(
        `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret webhookSubscription { id } } }`,
        { input: { partner: 'crm', url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`, eventTypes: ['groundswell.partner.MemberJoined.v1'] } },
      );
      secret = subscription.createWebhookSubscription.secret;

      const community = (await graphql(`mutation { createCommunity(input: { name: "伙伴社群", platform: wecom }) { community { id } } }`)).createCommunity.community.id;
      const member = (
        await graphql(`mutation($c: ID!) { joinCommunity(input: { communityId: $c, channel: "qr-code", displayName: "伙伴", identities: [{ kind: phone, value: "13700000001" }] }) { member { id } } }`, {
          c: community,
        })
      ).joinCommunity.member.id;
      await graphql(`mutation($m: ID!, $d: ConsentDecisionInput!) { recordConsent(memberId: $m, decision: $d) { member { id } } }`, {
        m: member,
        d: { purpose: 'partner_sharing', granted: true, source: 'operator_on_behalf', policyVersion: '2026-01', decidedAt: new Date().toISOString() },
      });
      const second = (await graphql(`mutation { createCommunity(input: { name: "第二社群", platform: wecom }) { community { id } } }`)).createCommunity.community.id;
      await graphql(`mutation($c: ID!) { joinCommunity(input: { communityId: $c, channel: "qr-code", displayName: "伙伴", identities: [{ kind: phone, value: "13700000001" }] }) { member { id } } }`, {
        c: second,
      });

      const ownTopic = `${issued.partnerCredential.topicPrefix}members.v1`;
      expect(ownTopic).toBe(e2eBrokerTopic(`gs.partner.${tenant}.members.v1`));
      await expect(readAsPartner(issued, ownTopic, (ids) => ids.includes(member))).resolves.toContain(member);
      await expect(readAsPartner(issued, e2eBrokerTopic('gs.members.member'), () => true)).rejects.toMatchObject({ type: 'TOPIC_AUTHORIZATION_FAILED' });
      await eventually(() => expect(delivered).toContainEqual(expect.objectContaining({ type: 'groundswell.partner.MemberJoined.v1', data: expect.objectContaining({ memberId: member }) })), 60_000, 500);

      await graphql(`mutation($id: ID!) { revokePartnerCredential(id: $id) { partnerCredential { revokedAt } } }`, { id: issued.partnerCredential.id });
      await expect(readAsPartner(issued, ownTopic, () => true)).rejects.toMatchObject({ name: 'KafkaJSSASLAuthenticationError' });
    } finally {
      receiver.close();
    }
  });
});
