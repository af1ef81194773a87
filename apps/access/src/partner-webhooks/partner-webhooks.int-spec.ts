import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEnvelope, PartnerMemberJoinedV1, PartnerMemberLeftV1, toKafkaMessage, type EventEnvelope } from '@groundswell/events';
import { ExactlyOnceConsumer } from '@groundswell/messaging';
import { createTopic, eventually, testKafka, uniqueName, type TestDatabase } from '@groundswell/test-kit';
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { createAccessDatabase } from '../testing/access-database';
import { aTenantId, anOwner } from '../testing/identities';
import { enqueueDeliveries } from './delivery/enqueue-deliveries';
import { WebhookDispatcher } from './delivery/webhook-dispatcher';
import { WebhookUrlPolicy } from './url/webhook-url-policy';
import { CreateWebhookSubscriptionUseCase } from './use-cases/create-webhook-subscription.use-case';
import { RedeliverWebhooksUseCase } from './use-cases/redeliver-webhooks.use-case';
import { RotateWebhookSecretUseCase } from './use-cases/rotate-webhook-secret.use-case';
import { SetWebhookSubscriptionStatusUseCase } from './use-cases/set-webhook-subscription-status.use-case';
import { WebhookQueries } from './webhook.queries';

/** A partner's endpoint: verifies every request with the standardwebhooks package and keeps a deduplicated log. */
class Receiver {
  up = true;
  secrets: string[] = [];
  readonly accepted: string[] = [];
  readonly refusedSignatures: string[] = [];
  requests = 0;
  private server!: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        this.requests++;
        if (!this.up) return response.writeHead(503).end();
        if (!this.secrets.every((secret) => verifies(secret, body, request.headers))) {
          this.refusedSignatures.push(String(request.headers['webhook-id']));
          return response.writeHead(400).end();
        }
        const id = String(request.headers['webhook-id']);
        if (!this.accepted.includes(id)) this.accepted.push(id);
        response.writeHead(204).end();
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/groundswell`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function verifies(secret: string, body: string, headers: IncomingHttpHeaders): boolean {
  try {
    new Webhook(secret).verify(body, headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}

const partnerEvent = (tenantid: string, type: 'joined' | 'left'): EventEnvelope => {
  const memberId = randomUUID();
  const communityId = randomUUID();
  return type === 'joined'
    ? createEnvelope({ type: PartnerMemberJoinedV1.type, subject: memberId, tenantid, streamversion: 1, time: new Date(), data: { memberId, communityId, platform: 'wecom', channel: 'qr-code' } })
    : createEnvelope({ type: PartnerMemberLeftV1.type, subject: memberId, tenantid, streamversion: 2, time: new Date(), data: { memberId, communityId, removed: false } });
};

const seconds = (n: number) => n * 1000;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe('partner webhooks', () => {
  const kafka = testKafka();
  const receiver = new Receiver();
  let database: TestDatabase;
  let receiverUrl: string;
  let create: CreateWebhookSubscriptionUseCase;
  let statuses: SetWebhookSubscriptionStatusUseCase;
  let queries: WebhookQueries;
  let dispatcher: WebhookDispatcher;

  beforeAll(async () => {
    database = await createAccessDatabase('partner_webhooks');
    receiverUrl = await receiver.start();
    const developmentUrls = new WebhookUrlPolicy(false);
    create = new CreateWebhookSubscriptionUseCase(database.pool, developmentUrls);
    statuses = new SetWebhookSubscriptionStatusUseCase(database.pool);
    queries = new WebhookQueries(database.pool);
    dispatcher = new WebhookDispatcher(developmentUrls, (tenant, id, since) => statuses.disableFailing(tenant, id, since));
  });

  afterAll(async () => {
    await receiver.stop();
    await database.drop();
  });

  beforeEach(() => {
    receiver.up = true;
    receiver.accepted.length = 0;
  });

  it('should deliver every partner event from Kafka, signed, to a receiver that was down for a while, each webhook-id once', async () => {
    const tenant = aTenantId();
    const { subscriptionId, secret } = await create.execute(anOwner(tenant), { partner: 'jd-shop', url: receiverUrl, eventTypes: [] });
    receiver.secrets = [secret!];
    const events = [partnerEvent(tenant, 'joined'), partnerEvent(tenant, 'left'), partnerEvent(tenant, 'joined')];
    const otherTenantsEvent = partnerEvent(aTenantId(), 'joined');

    const topic = uniqueName('partner-webhooks');
    await createTopic(kafka, topic, 1);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [...events, otherTenantsEvent].map(toKafkaMessage) });
    await producer.disconnect();
    const consumer = new ExactlyOnceConsumer({ kafka, pool: database.pool, groupId: uniqueName('webhooks-group'), topics: [topic], handle: enqueueDeliveries });
    await consumer.start();
    try {
      await eventually(async () => expect((await queries.deliveries(tenant, subscriptionId, 'pending')).totalCount).toBe(3));
    } finally {
      await consumer.stop();
    }

    receiver.up = false;
    const t0 = new Date();
    expect(await dispatcher.run(database.pool, t0)).toBe(3);
    expect(await dispatcher.run(database.pool, later(t0, seconds(1)))).toBe(0);
    expect(await dispatcher.run(database.pool, later(t0, seconds(5)))).toBe(3);
    expect((await queries.subscription(tenant, subscriptionId))?.failingSince).toEqual(t0);

    receiver.up = true;
    expect(await dispatcher.run(database.pool, later(t0, seconds(5 + 300)))).toBe(3);
    expect(receiver.accepted.sort()).toEqual(events.map((event) => event.id).sort());
    const log = await queries.deliveries(tenant, subscriptionId, undefined);
    expect(log.edges.map((edge) => [edge.node.status, edge.node.attemptLog.map((attempt) => attempt.responseStatus)])).toEqual([
      ['delivered', [503, 503, 204]],
      ['delivered', [503, 503, 204]],
      ['delivered', [503, 503, 204]],
    ]);
    expect((await queries.subscription(tenant, subscriptionId))?.failingSince).toBeNull();

    // A replay sends them again with their webhook-ids: after deduplication the receiver still has each once.
    const replayed = await new RedeliverWebhooksUseCase(database.pool).replay(anOwner(tenant), subscriptionId, later(t0, -60_000), 'replay-1');
    expect(replayed).toBe(3);
    const requestsBefore = receiver.requests;
    expect(await dispatcher.run(database.pool, new Date())).toBe(3);
    expect([receiver.requests - requestsBefore, receiver.accepted.length]).toEqual([3, 3]);
  });

  it('should sign with the old and the new secret while a rotation overlaps', async () => {
    const tenant = aTenantId();
    const { subscriptionId, secret: oldSecret } = await create.execute(anOwner(tenant), { partner: 'crm', url: receiverUrl, eventTypes: [PartnerMemberLeftV1.type] });
    const newSecret = await new RotateWebhookSecretUseCase(database.pool).execute(anOwner(tenant), subscriptionId);
    const client = await database.pool.connect();
    try {
      await enqueueDeliveries(client, partnerEvent(tenant, 'joined'));
      await enqueueDeliveries(client, partnerEvent(tenant, 'left'));
    } finally {
      client.release();
    }
    receiver.secrets = [oldSecret!];
    expect(await dispatcher.run(database.pool, new Date())).toBe(1);
    receiver.secrets = [newSecret!];
    await new RedeliverWebhooksUseCase(database.pool).replay(anOwner(tenant), subscriptionId, new Date(0));
    expect(await dispatcher.run(database.pool, new Date())).toBe(1);
    expect(receiver.accepted).toHaveLength(1);
    expect(receiver.refusedSignatures).toEqual([]);
  });

  it('should disable a subscription after five days of failures, with a notice in Beijing time', async () => {
    const tenant = aTenantId();
    const { subscriptionId } = await create.execute(anOwner(tenant), { partner: 'shop', url: receiverUrl, eventTypes: [] });
    const client = await database.pool.connect();
    try {
      await enqueueDeliveries(client, partnerEvent(tenant, 'joined'));
    } finally {
      client.release();
    }
    receiver.up = false;
    const t0 = new Date();
    for (const offset of [0, 5, 305, 2105, 9305, 27305, 63305]) await dispatcher.run(database.pool, later(t0, seconds(offset)));
    expect((await queries.subscription(tenant, subscriptionId))?.status).toBe('active');
    expect((await queries.deliveries(tenant, subscriptionId, 'failed')).totalCount).toBe(0);
    await dispatcher.run(database.pool, later(t0, seconds(99305)));
    expect((await queries.deliveries(tenant, subscriptionId, 'failed')).totalCount).toBe(1);

    const fresh = await database.pool.connect();
    try {
      await enqueueDeliveries(fresh, partnerEvent(tenant, 'left'));
    } finally {
      fresh.release();
    }
    await dispatcher.run(database.pool, later(t0, 5 * 86_400_000));
    const subscription = await queries.subscription(tenant, subscriptionId);
    expect(subscription).toMatchObject({ status: 'disabled', disabledReason: 'failing' });
    expect(subscription?.disabledNotice).toMatch(/持续失败超过 5 天.*北京时间|北京时间.*持续失败超过 5 天/);
  });

  it('should refuse an SSRF URL in production, when subscribing and again at delivery', async () => {
    const production = new WebhookUrlPolicy(true);
    const tenant = aTenantId();
    const inProduction = new CreateWebhookSubscriptionUseCase(database.pool, production);
    for (const url of ['https://127.0.0.1/hook', 'https://169.254.169.254/latest/meta-data', 'https://10.0.0.8/hook', 'https://localhost/hook']) {
      await expect(inProduction.execute(anOwner(tenant), { partner: 'shop', url, eventTypes: [] })).rejects.toMatchObject({ code: 'URL_FORBIDDEN' });
    }
    expect((await queries.subscriptions(tenant)).totalCount).toBe(0);

    const { subscriptionId } = await create.execute(anOwner(tenant), { partner: 'shop', url: receiverUrl.replace('127.0.0.1', 'localhost'), eventTypes: [] });
    const client = await database.pool.connect();
    try {
      await enqueueDeliveries(client, partnerEvent(tenant, 'joined'));
    } finally {
      client.release();
    }
    const requestsBefore = receiver.requests;
    await new WebhookDispatcher(production, async () => undefined).run(database.pool, new Date());
    const [delivery] = (await queries.deliveries(tenant, subscriptionId, undefined)).edges;
    expect(delivery?.node.attemptLog[0]?.error).toMatch(/URL_FORBIDDEN/);
    expect(receiver.requests).toBe(requestsBefore);
  });
});
