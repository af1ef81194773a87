import { auditRecordMessage, fromKafkaMessage, type AuditRecordData, type EventEnvelope } from '@groundswell/events';
import { freshDatabase } from '@groundswell/test-kit';
import type { Pool } from 'pg';
import { createAccessDatabase } from '../testing/access-database';
import { aTenantId } from '../testing/identities';
import { AuditLogQueries } from './audit-log.queries';
import { recordAuditEntry } from './record-audit-entry';

const aRecord = (overrides: Partial<AuditRecordData> = {}): AuditRecordData => ({
  actor: 'u1',
  operationName: 'Join',
  fields: ['joinCommunity'],
  targets: [{ argument: 'input.communityId', id: 'c1' }],
  result: 'ok',
  requestId: `req-${Math.random().toString(36).slice(2)}`,
  ...overrides,
});

/** What the consumer receives: the message the gateway sends, read back from Kafka's binary mode. */
const delivered = (tenantId: string, record: AuditRecordData, at = new Date()) => fromKafkaMessage(auditRecordMessage(tenantId, record, at));

async function recordAll(pool: Pool, envelopes: EventEnvelope[]) {
  const outcomes: string[] = [];
  for (const envelope of envelopes) {
    const client = await pool.connect();
    try {
      outcomes.push(await recordAuditEntry(client, envelope));
    } finally {
      client.release();
    }
  }
  return outcomes;
}

describe('audit log', () => {
  const database = freshDatabase('test', () => createAccessDatabase('audit'));
  let queries: AuditLogQueries;

  beforeEach(() => {
    queries = new AuditLogQueries(database.pool);
  });

  it('should record what the gateway publishes, once however often it is delivered', async () => {
    const tenant = aTenantId();
    const record = aRecord();
    const envelope = delivered(tenant, record, new Date('2026-11-01T10:00:00Z'));
    expect(await recordAll(database.pool, [envelope, envelope])).toEqual(['recorded', 'duplicate']);
    const log = await queries.auditLog(tenant, {});
    expect(log.totalCount).toBe(1);
    expect(log.edges[0]!.node).toEqual({ id: envelope.id, ...record, occurredAt: new Date('2026-11-01T10:00:00Z') });
  });

  it('should refuse to change or delete an entry', async () => {
    await recordAll(database.pool, [delivered(aTenantId(), aRecord())]);
    await expect(database.pool.query(`UPDATE audit_entries SET actor = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(database.pool.query('DELETE FROM audit_entries')).rejects.toThrow(/append-only/);
    await expect(database.pool.query('TRUNCATE audit_entries')).rejects.toThrow(/append-only/);
    const { rows } = await database.pool.query('SELECT actor FROM audit_entries');
    expect(rows).toEqual([{ actor: 'u1' }]);
  });

  it('should refuse a malformed record as a contract error, for the dead-letter topic', async () => {
    const envelope = delivered(aTenantId(), aRecord());
    await expect(recordAll(database.pool, [{ ...envelope, data: { actor: 'u1' } }])).rejects.toMatchObject({ name: 'EventContractError' });
    await expect(recordAll(database.pool, [{ ...envelope, type: 'groundswell.gateway.Other.v1' }])).rejects.toMatchObject({ code: 'UNKNOWN_EVENT_TYPE' });
  });

  it('should answer newest first, page by page, filtered, within the tenant only', async () => {
    const [tenant, other] = [aTenantId(), aTenantId()];
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 10, minute));
    await recordAll(database.pool, [
      delivered(tenant, aRecord({ actor: 'u1', operationName: 'Join' }), at(1)),
      delivered(tenant, aRecord({ actor: 'u2', operationName: null, fields: ['revokeApiKey'], result: 'FORBIDDEN' }), at(2)),
      delivered(tenant, aRecord({ actor: 'u1', operationName: 'Leave', fields: ['leaveCommunity'], requestId: 'req-leave' }), at(3)),
      delivered(other, aRecord({ actor: 'u1' }), at(4)),
    ]);
    const names = (connection: Awaited<ReturnType<AuditLogQueries['auditLog']>>) => connection.edges.map((edge) => edge.node.fields[0]);

    const firstPage = await queries.auditLog(tenant, {}, 2);
    const secondPage = await queries.auditLog(tenant, {}, 2, firstPage.pageInfo.endCursor!);
    expect([...names(firstPage), ...names(secondPage)]).toEqual(['leaveCommunity', 'revokeApiKey', 'joinCommunity']);
    expect([firstPage.totalCount, firstPage.pageInfo.hasNextPage, secondPage.pageInfo.hasNextPage]).toEqual([3, true, false]);

    expect(names(await queries.auditLog(tenant, { actor: 'u1' }))).toEqual(['leaveCommunity', 'joinCommunity']);
    expect(names(await queries.auditLog(tenant, { operation: 'Join' }))).toEqual(['joinCommunity']);
    expect(names(await queries.auditLog(tenant, { operation: 'revokeApiKey' }))).toEqual(['revokeApiKey']);
    expect(names(await queries.auditLog(tenant, { result: 'FORBIDDEN' }))).toEqual(['revokeApiKey']);
    expect(names(await queries.auditLog(tenant, { from: at(2), to: at(3) }))).toEqual(['revokeApiKey']);
    expect(names(await queries.auditLog(tenant, { requestId: 'req-leave' }))).toEqual(['leaveCommunity']);
    expect((await queries.auditLog(other, {})).totalCount).toBe(1);
  });
});
