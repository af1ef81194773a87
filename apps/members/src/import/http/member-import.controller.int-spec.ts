import { randomUUID } from 'node:crypto';
import { IDENTITY_HEADER } from '@groundswell/service-kit';
import { controllerTestApp, type ControllerTestApp } from '../../shared/testing/controller-test-app';
import { anOperator, membersTestWorld, type MembersTestWorld } from '../../shared/testing/members-test-world';
import { ImportMembersUseCase } from '../import-members.use-case';
import { MemberImportController } from './member-import.controller';

async function post(url: string, contentType: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe(MemberImportController.name, () => {
  let world: MembersTestWorld;
  let server: ControllerTestApp;
  beforeAll(async () => {
    world = await membersTestWorld('member_import_http');
    server = await controllerTestApp(world.context, MemberImportController, [ImportMembersUseCase], '/imports/members');
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
    const headers = { [IDENTITY_HEADER]: server.signed(operator), 'idempotency-key': `csv-${randomUUID()}` };

    const first = await post(server.url, 'text/csv', csv, headers);

    expect(first).toMatchObject({ status: 200, body: { rows: 2, newMembers: 1, joined: 1, duplicates: 1, identitiesLinked: 2 } });
    const events = await memberEvents(operator.tenant);
    expect(await post(server.url, 'text/csv', csv, { ...headers, [IDENTITY_HEADER]: server.signed(operator) })).toEqual(first);
    expect(await memberEvents(operator.tenant)).toBe(events);
  });

  it('should answer 400 naming each bad NDJSON row, 400 without a batch key, 401 unsigned and 403 without members:manage, writing nothing', async () => {
    const operator = anOperator();
    const communityId = await world.aCommunity(operator);
    const good = JSON.stringify({ communityId, channel: 'import', identities: [{ kind: 'email', value: 'han@example.com' }] });
    const bad = JSON.stringify({ communityId, channel: 'import', identities: [{ kind: 'phone', value: 'call me' }] });
    const ndjson = [good, bad, good.replace(communityId, randomUUID())].join('\n');
    const headers = { [IDENTITY_HEADER]: server.signed(operator), 'idempotency-key': `ndjson-${randomUUID()}` };

    expect(await post(server.url, 'application/x-ndjson', ndjson, headers)).toMatchObject({
      status: 400,
      body: {
        code: 'BAD_USER_INPUT',
        reason: 'IMPORT_ROWS_INVALID',
        details: { invalidRows: 2, rows: [expect.objectContaining({ row: 2, code: 'INVALID_PHONE_NUMBER' }), expect.objectContaining({ row: 3, code: 'COMMUNITY_NOT_FOUND' })] },
      },
    });
    expect(await post(server.url, 'application/x-ndjson', good, { [IDENTITY_HEADER]: server.signed(operator) })).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    expect(await post(server.url, 'application/x-ndjson', good, { 'idempotency-key': 'k' })).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(await post(server.url, 'application/x-ndjson', good, { ...headers, [IDENTITY_HEADER]: server.signed({ ...operator, roles: ['analyst'] }) })).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
    expect(await post(server.url, 'application/x-ndjson', good, { ...headers, [IDENTITY_HEADER]: server.signed({ ...operator, communities: [randomUUID()] }) })).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
    expect(await memberEvents(operator.tenant)).toBe(0);
  });
});
