import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { IDENTITY_HEADER, ServiceRuntime, signIdentityHeader, type Identity } from '@groundswell/service-kit';
import { MembersContext } from '../../shared/members-context';
import { anOperator, membersTestWorld, type MembersTestWorld } from '../../shared/testing/members-test-world';
import { ImportMembersUseCase } from '../import-members.use-case';
import { MemberImportController } from './member-import.controller';

const secret = `import-test-secret-${randomUUID()}`;

/** The controller as the members service runs it: real use case and database, Express with the service's JSON body parser. */
async function importApp(context: MembersContext): Promise<{ app: INestApplication; url: string }> {
  @Module({
    controllers: [MemberImportController],
    providers: [
      ImportMembersUseCase,
      { provide: MembersContext, useValue: context },
      { provide: ServiceRuntime, useValue: { config: { INTERNAL_IDENTITY_SECRET: secret, INTERNAL_IDENTITY_MAX_AGE_MS: 60_000 } } },
    ],
  })
  class ImportTestModule {}
  const app = await NestFactory.create<NestExpressApplication>(ImportTestModule, { logger: false });
  app.useBodyParser('json', { limit: '4mb' });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}/imports/members` };
}

const signed = (identity: Identity) => signIdentityHeader({ ...identity, iat: Date.now(), requestId: randomUUID() }, secret);

async function post(url: string, contentType: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe(MemberImportController.name, () => {
  let world: MembersTestWorld;
  let server: { app: INestApplication; url: string };
  beforeAll(async () => {
    world = await membersTestWorld('member_import_http');
    server = await importApp(world.context);
  });
  afterAll(async () => {
    await server.app.close();
    await world.database.drop();
  });
  const memberEvents = async (tenant: string) =>
    Number((await world.database.pool.query(`SELECT count(*) FROM events WHERE tenant_id = $1 AND stream_type = 'member'`, [tenant])).rows[0].count);

  it('should import a signed CSV file once per batch key, answering after the commit', async () => {
    const operator = anOperator();
    const communityId = await world.aCommunity(operator);
    const csv = `community_id,channel,phone,email,display_name\n${communityId},import,13800138001,lei@example.com,李雷\n${communityId},import,+86 138 0013 8001,,\n`;
    const headers = { [IDENTITY_HEADER]: signed(operator), 'idempotency-key': `csv-${randomUUID()}` };

    const first = await post(server.url, 'text/csv', csv, headers);

    expect(first).toMatchObject({ status: 200, body: { rows: 2, newMembers: 1, joined: 1, duplicates: 1, identitiesLinked: 2 } });
    const events = await memberEvents(operator.tenant);
    expect(await post(server.url, 'text/csv', csv, { ...headers, [IDENTITY_HEADER]: signed(operator) })).toEqual(first);
    expect(await memberEvents(operator.tenant)).toBe(events);
  });

  it('should answer 400 naming each bad NDJSON row, 400 without a batch key, 401 unsigned and 403 without members:manage, writing nothing', async () => {
    const operator = anOperator();
    const communityId = await world.aCommunity(operator);
    const good = JSON.stringify({ communityId, channel: 'import', identities: [{ kind: 'email', value: 'han@example.com' }] });
    const bad = JSON.stringify({ communityId, channel: 'import', identities: [{ kind: 'phone', value: 'call me' }] });
    const ndjson = [good, bad, good.replace(communityId, randomUUID())].join('\n');
    const headers = { [IDENTITY_HEADER]: signed(operator), 'idempotency-key': `ndjson-${randomUUID()}` };

    expect(await post(server.url, 'application/x-ndjson', ndjson, headers)).toMatchObject({
      status: 400,
      body: {
        code: 'BAD_USER_INPUT',
        reason: 'IMPORT_ROWS_INVALID',
        details: { invalidRows: 2, rows: [expect.objectContaining({ row: 2, code: 'INVALID_PHONE_NUMBER' }), expect.objectContaining({ row: 3, code: 'COMMUNITY_NOT_FOUND' })] },
      },
    });
    expect(await post(server.url, 'application/x-ndjson', good, { [IDENTITY_HEADER]: signed(operator) })).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    expect(await post(server.url, 'application/x-ndjson', good, { 'idempotency-key': 'k' })).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(await post(server.url, 'application/x-ndjson', good, { ...headers, [IDENTITY_HEADER]: signed({ ...operator, roles: ['analyst'] }) })).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
    expect(await post(server.url, 'application/x-ndjson', good, { ...headers, [IDENTITY_HEADER]: signed({ ...operator, communities: [randomUUID()] }) })).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
    expect(await memberEvents(operator.tenant)).toBe(0);
  });
});
