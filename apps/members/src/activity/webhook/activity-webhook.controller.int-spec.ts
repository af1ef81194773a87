import { randomUUID } from 'node:crypto';
import { IDENTITY_HEADER } from '@groundswell/service-kit';
import { controllerTestApp, type ControllerTestApp } from '../../shared/testing/controller-test-app';
import { anOperator, membersTestWorld, type MembersTestWorld } from '../../shared/testing/members-test-world';
import { RecordActivityUseCase } from '../record-activity.use-case';
import { ActivityWebhookBodyErrors } from './activity-webhook-body-errors';
import { ActivityWebhookController } from './activity-webhook.controller';

async function post(url: string, body: unknown, header?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(header ? { [IDENTITY_HEADER]: header } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe(ActivityWebhookController.name, () => {
  let world: MembersTestWorld;
  let server: ControllerTestApp;

  beforeAll(async () => {
    world = await membersTestWorld('activity_webhook');
    server = await controllerTestApp(world.context, ActivityWebhookController, [RecordActivityUseCase, ActivityWebhookBodyErrors], '/webhooks/activity');
  });

  afterAll(async () => {
    await server.app.close();
    await world.database.drop();
  });

  const activityRows = async (tenant: string) =>
    Number((await world.database.pool.query(`SELECT count(*) FROM events WHERE tenant_id = $1 AND stream_type = 'activity'`, [tenant])).rows[0].count);

  /** An operator, and a valid batch of one member's reaction in their community. */
  const aBatchOfOneReaction = async () => {
    const operator = anOperator();
    const communityId = await world.aCommunity(operator);
    const memberId = await world.aMember(operator, communityId);
    return { operator, body: { communityId, activities: [{ memberId, kind: 'reaction', clientEventId: 'r-1', occurredAt: new Date().toISOString() }] } };
  };

  it('should record a signed batch, ignore repeated client event ids, and answer only after the commit', async () => {
    const operator = anOperator();
    const communityId = await world.aCommunity(operator);
    const [first, second] = [await world.aMember(operator, communityId), await world.aMember(operator, communityId)];
    const occurredAt = new Date(Date.now() - 60_000).toISOString();
    const activities = [
      { memberId: first, kind: 'message_posted', clientEventId: 'wx-1', occurredAt },
      { memberId: second, kind: 'check_in', clientEventId: 'wx-2', occurredAt },
      { memberId: first, kind: 'message_posted', clientEventId: 'wx-1', occurredAt },
    ];

    expect(await post(server.url, { communityId, activities }, server.signed(operator))).toEqual({ status: 200, body: { accepted: 2, duplicates: 1 } });
    expect(await activityRows(operator.tenant)).toBe(2);
    expect(await post(server.url, { communityId, activities }, server.signed(operator))).toEqual({ status: 200, body: { accepted: 0, duplicates: 3 } });
    expect(await activityRows(operator.tenant)).toBe(2);
  });

  it('should refuse a missing, tampered or foreign-signed identity with 401 and write nothing', async () => {
    const { operator, body } = await aBatchOfOneReaction();
    const [payload, mac] = server.signed(operator).split('.');
    const escalated = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), tenant: 'someone-else' })).toString('base64url');

    expect(await post(server.url, body)).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED', reason: 'IDENTITY_MISSING' } });
    expect(await post(server.url, body, `${escalated}.${mac}`)).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED', reason: 'IDENTITY_INVALID' } });
    expect(await post(server.url, body, server.signed(operator, `another-secret-${randomUUID()}`))).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(await activityRows(operator.tenant)).toBe(0);
  });

  it('should refuse callers without members:manage or outside the community scope with 403', async () => {
    const { operator, body } = await aBatchOfOneReaction();

    expect(await post(server.url, body, server.signed({ ...operator, roles: ['analyst'] }))).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(await post(server.url, body, server.signed({ ...operator, communities: [randomUUID()] }))).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(await activityRows(operator.tenant)).toBe(0);
  });

  it('should answer 400 {code, message} for bad JSON, too many items or any invalid item, and write nothing', async () => {
    const operator = anOperator();
    const communityId = await world.aCommunity(operator);
    const memberId = await world.aMember(operator, communityId);
    const good = { memberId, kind: 'visit', clientEventId: 'v-1', occurredAt: new Date().toISOString() };
    const header = server.signed(operator);
    const refusal = { status: 400, body: { code: 'BAD_USER_INPUT', message: expect.any(String) } };

    expect(await post(server.url, '{"communityId": ', header)).toMatchObject({ ...refusal, body: { ...refusal.body, reason: 'MALFORMED_REQUEST' } });
    expect(await post(server.url, { activities: [good] }, header)).toMatchObject(refusal);
    const tooMany = Array.from({ length: 10_001 }, (_, index) => ({ ...good, clientEventId: `v-${index}` }));
    expect(await post(server.url, { communityId, activities: tooMany }, header)).toMatchObject({ ...refusal, body: { ...refusal.body, details: { items: 10_001 } } });
    expect(await post(server.url, { communityId, activities: [good, { ...good, kind: 'teleported', clientEventId: 'v-2' }] }, header)).toMatchObject({
      ...refusal,
      body: { ...refusal.body, details: { index: 1, field: 'kind' } },
    });
    expect(await post(server.url, { communityId, activities: [good, { ...good, clientEventId: 'v-3', occurredAt: '2999-01-01T00:00:00Z' }] }, header)).toMatchObject(refusal);
    expect(await post(server.url, { communityId, activities: [good, { ...good, clientEventId: 'v-4', memberId: randomUUID() }] }, header)).toMatchObject(refusal);
    expect(await activityRows(operator.tenant)).toBe(0);
    // 10,000 is allowed.
    const full = Array.from({ length: 10_000 }, (_, index) => ({ ...good, clientEventId: `ok-${index}` }));
    expect(await post(server.url, { communityId, activities: full }, header)).toEqual({ status: 200, body: { accepted: 10_000, duplicates: 0 } });
  });
});
