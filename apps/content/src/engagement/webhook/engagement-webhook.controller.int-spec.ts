import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Catch, Module, type ArgumentsHost, type ExceptionFilter, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { EventStore } from '@groundswell/event-store';
import { appErrorAnswer, httpErrorBody, IDENTITY_HEADER, ServiceRuntime, signIdentityHeader, type Identity } from '@groundswell/service-kit';
import type { TestDatabase } from '@groundswell/test-kit';
import type { Response } from 'express';
import { Pool } from 'pg';
import { createContentDatabase } from '../../testing/content-database';
import { engagementProjections } from '../engagement.projection';
import { RecordEngagementUseCase } from '../record-engagement.use-case';
import { EngagementWebhookController } from './engagement-webhook.controller';

const secret = `webhook-test-secret-${randomUUID()}`;

/** The service's own filter (HttpErrorFilter) answers refusals in the shared shape; this one does the same for the test app. */
@Catch()
class RefusalShape implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const [status, error] = appErrorAnswer(exception) ?? [500, { code: 'INTERNAL' as const, message: String(exception) }];
    host.switchToHttp().getResponse<Response>().status(status).json(httpErrorBody(error));
  }
}

async function webhookApp(store: EventStore): Promise<{ app: INestApplication; url: string }> {
  @Module({
    controllers: [EngagementWebhookController],
    providers: [RecordEngagementUseCase, { provide: EventStore, useValue: store }, { provide: ServiceRuntime, useValue: { config: { INTERNAL_IDENTITY_SECRET: secret, INTERNAL_IDENTITY_MAX_AGE_MS: 60_000 } } }],
  })
  class WebhookTestModule {}
  const app = await NestFactory.create<NestExpressApplication>(WebhookTestModule, { logger: false });
  app.useBodyParser('json', { limit: '4mb' });
  app.useGlobalFilters(new RefusalShape());
  await app.listen(0, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/webhooks/engagement` };
}

const signed = (identity: Identity) => signIdentityHeader({ ...identity, iat: Date.now(), requestId: randomUUID() }, secret);
const aConnector = (): Identity => ({ sub: 'apikey:douyin-connector', tenant: `tenant-${randomUUID().slice(0, 8)}`, roles: ['partner'], permissions: ['engagement:record'] });

async function post(url: string, body: unknown, header?: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(header ? { [IDENTITY_HEADER]: header } : {}) }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** 10,000 signals of every kind, over two UTC days, some by members. */
function aFullBatch(prefix: string) {
  const kinds = ['impression', 'view', 'like', 'comment', 'share', 'repost', 'click', 'video_play_started', 'video_play_completed', 'vote'];
  const day = Date.now() - 86_400_000;
  return Array.from({ length: 10_000 }, (_, index) => ({
    kind: kinds[index % kinds.length],
    itemId: `item-${index % 7}`,
    variantId: index % 2 ? `variant-douyin-${index % 7}` : undefined,
    platform: index % 3 ? 'douyin' : 'weibo',
    memberId: index % 5 ? undefined : randomUUID(),
    dwellMs: kinds[index % kinds.length] === 'view' ? 1_500 : undefined,
    clientEventId: `${prefix}-${index}`,
    occurredAt: new Date(day + (index % 2) * 86_400_000 - 60_000).toISOString(),
  }));
}

describe(EngagementWebhookController.name, () => {
  let database: TestDatabase;
  let server: { app: INestApplication; url: string };
  let observer: Pool;

  beforeAll(async () => {
    database = await createContentDatabase('engagement_webhook');
    server = await webhookApp(new EventStore(database.pool, engagementProjections));
    // Reads through connections of its own: what it sees is committed, not the request's transaction.
    observer = new Pool({ connectionString: database.url, max: 1 });
  });

  afterAll(async () => {
    await server.app.close();
    await observer.end();
    await database.drop();
  });

  const signalsRecorded = async (tenant: string) => Number((await observer.query(`SELECT count(*) FROM events WHERE tenant_id = $1 AND stream_type = 'engagement'`, [tenant])).rows[0].count);

  it('should make a 10,000-signal batch durable before acknowledging it, and add nothing when it is sent again', async () => {
    const connector = aConnector();
    const communityId = randomUUID();
    const signals = aFullBatch('dy');

    expect(await post(server.url, { communityId, signals }, signed(connector))).toEqual({ status: 200, body: { accepted: 10_000, duplicates: 0 } });
    expect(await signalsRecorded(connector.tenant)).toBe(10_000);
    const streams = await observer.query(`SELECT stream_id FROM streams WHERE tenant_id = $1 ORDER BY stream_id`, [connector.tenant]);
    expect(streams.rows.map((row) => row.stream_id)).toHaveLength(2);

    expect(await post(server.url, { communityId, signals }, signed(connector))).toEqual({ status: 200, body: { accepted: 0, duplicates: 10_000 } });
    expect(await signalsRecorded(connector.tenant)).toBe(10_000);
    const views = await observer.query(`SELECT sum(count)::int AS count, sum(dwell_ms)::int AS dwell FROM engagement_totals WHERE tenant_id = $1 AND kind = 'view'`, [connector.tenant]);
    expect(views.rows[0]).toEqual({ count: 1_000, dwell: 1_500_000 });
  }, 60_000);

  it('should refuse an unsigned caller, one without engagement:record, an oversized batch and a bad signal, writing nothing', async () => {
    const connector = aConnector();
    const communityId = randomUUID();
    const good = { kind: 'like', itemId: 'item-1', platform: 'weibo', clientEventId: 'l-1', occurredAt: new Date().toISOString() };
    expect(await post(server.url, { communityId, signals: [good] })).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(await post(server.url, { communityId, signals: [good] }, signed({ ...connector, permissions: ['content:read'] }))).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    const tooMany = Array.from({ length: 10_001 }, (_, index) => ({ ...good, clientEventId: `l-${index}` }));
    expect(await post(server.url, { communityId, signals: tooMany }, signed(connector))).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', details: { items: 10_001 } } });
    expect(await post(server.url, { communityId, signals: [good, { ...good, kind: 'teleport' }] }, signed(connector))).toMatchObject({ status: 400, body: { details: { index: 1, field: 'kind' } } });
    expect(await post(server.url, { communityId, signals: [good, { ...good, clientEventId: 'l-2', dwellMs: 10 }] }, signed(connector))).toMatchObject({ status: 400, body: { details: { index: 1 } } });
    expect(await post(server.url, { communityId: 'c-1', signals: [good] }, signed(connector))).toMatchObject({ status: 400 });
    expect(await signalsRecorded(connector.tenant)).toBe(0);
  });
});
