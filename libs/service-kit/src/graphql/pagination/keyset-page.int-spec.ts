import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { createPool, dropDatabase, ensureDatabase } from '../../database/postgres';
import { RequestError } from '../../errors/app-error';
import type { Connection } from './connection';
import { encodeCursor } from './cursor';
import { keysetPage, type KeysetQuery } from './keyset-page';

describe(keysetPage.name, () => {
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/groundswell_pages_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  let pool: Pool;

  beforeAll(async () => {
    await ensureDatabase(databaseUrl);
    pool = createPool(databaseUrl, 2);
    await pool.query(`CREATE TABLE notes (tenant_id text NOT NULL, note_id uuid NOT NULL, body text NOT NULL, written_at timestamptz NOT NULL, PRIMARY KEY (tenant_id, note_id))`);
  });
  afterAll(async () => {
    await pool.end();
    await dropDatabase(databaseUrl);
  });

  const uuids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003'];
  // Within one millisecond, and two of them at the very same instant: only (time, key) tells them apart.
  const notes = [
    { id: uuids[0], body: 'first', at: '2026-03-01T08:00:00.000101Z' },
    { id: uuids[1], body: 'second', at: '2026-03-01T08:00:00.000202Z' },
    { id: uuids[2], body: 'third', at: '2026-03-01T08:00:00.000202Z' },
    { id: '00000000-0000-4000-8000-000000000004', body: 'fourth', at: '2026-03-01T08:00:00.000303Z' },
  ];
  const query = (tenantId: string, where = 'n.tenant_id = $1', values: unknown[] = [tenantId]): KeysetQuery => ({
    from: 'notes n',
    columns: 'n.note_id AS id, n.body',
    where,
    values,
    time: 'n.written_at',
    key: 'n.note_id',
    keyKind: 'uuid',
  });
  const aTenantWithNotes = async () => {
    const tenantId = `tenant-${randomUUID()}`;
    for (const note of notes) await pool.query('INSERT INTO notes VALUES ($1, $2, $3, $4)', [tenantId, note.id, note.body, note.at]);
    return tenantId;
  };
  const allPages = async (tenantId: string, first: number, order?: KeysetQuery['order']) => {
    const seen: string[] = [];
    let page: Connection<{ id: string; body: string }> | undefined;
    do {
      page = await keysetPage<{ id: string; body: string }>(pool, { ...query(tenantId), order }, { first, after: page?.pageInfo.endCursor ?? undefined });
      seen.push(...page.edges.map((edge) => edge.node.body));
    } while (page.pageInfo.hasNextPage);
    return seen;
  };

  it('should page newest first through rows a millisecond apart or less, none skipped or repeated', async () => {
    const tenantId = await aTenantWithNotes();

    expect(await allPages(tenantId, 1)).toEqual(['fourth', 'third', 'second', 'first']);
    expect(await allPages(tenantId, 3)).toEqual(['fourth', 'third', 'second', 'first']);
  });

  it('should page oldest first when asked, in the reverse order', async () => {
    const tenantId = await aTenantWithNotes();

    expect(await allPages(tenantId, 1, 'oldest-first')).toEqual(['first', 'second', 'third', 'fourth']);
  });

  it('should count every matching row and give nodes without the cursor columns, mapped when asked', async () => {
    const tenantId = await aTenantWithNotes();

    const page = await keysetPage(pool, query(tenantId, "n.tenant_id = $1 AND n.body <> $2", [tenantId, 'fourth']), { first: 1 }, (row: { id: string; body: string }) => row.body.toUpperCase());

    expect(page.totalCount).toBe(3);
    expect(page.edges.map((edge) => edge.node)).toEqual(['THIRD']);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('should refuse a cursor whose key is not of the key kind, before it reaches SQL', async () => {
    const tenantId = await aTenantWithNotes();

    await expect(keysetPage(pool, query(tenantId), { after: encodeCursor(['2026-03-01T08:00:00.000202Z', "x' OR 1=1 --"]) })).rejects.toThrow(RequestError);
  });
});
