import { RequestError } from '../../errors/app-error';
import { mapConnection, toConnection } from './connection';
import { decodeCursor, encodeCursor } from './cursor';
import { pageOfList } from './list-page';
import { MAX_PAGE_SIZE, pageSize } from './page-args';

describe('pagination', () => {
  it('should round-trip keyset values through an opaque cursor', () => {
    const cursor = encodeCursor(['2026-11-01T00:00:00.000Z', 'member-9']);
    expect(cursor).not.toContain('member-9');
    expect(decodeCursor(cursor, ['timestamp', 'key'])).toEqual(['2026-11-01T00:00:00.000Z', 'member-9']);
  });

  const uuid = '0b9f4c1e-8d7a-4f3b-9c2d-1e5a6b7c8d9e';
  it.each([
    'not-base64-json',
    encodeCursor(['only-one']),
    Buffer.from('{"a":1}').toString('base64url'),
    encodeCursor(['yesterday', uuid]),
    encodeCursor(['2026-13-01T00:00:00Z', uuid]),
    encodeCursor(['2026-11-01T00:00:00Z', "x' OR 1=1 --"]),
    encodeCursor(['2026-11-01T00:00:00Z', 'member-9']),
    Buffer.from(JSON.stringify(['2026-11-01T00:00:00Z', 7])).toString('base64url'),
  ])(
    'should reject the cursor %s with BAD_USER_INPUT',
    (cursor) => {
      expect(() => decodeCursor(cursor, ['timestamp', 'uuid'])).toThrow(RequestError);
      try {
        decodeCursor(cursor, ['timestamp', 'uuid']);
      } catch (error) {
        expect((error as RequestError).category).toBe('BAD_USER_INPUT');
      }
    },
  );

  it('should accept the microsecond timestamps the audit log issues', () => {
    expect(decodeCursor(encodeCursor(['2026-11-01T08:00:00.123456Z', uuid]), ['timestamp', 'uuid'])).toEqual(['2026-11-01T08:00:00.123456Z', uuid]);
  });

  it('should default the page size and refuse sizes outside 1..MAX', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    for (const bad of [0, -1, MAX_PAGE_SIZE + 1, 2.5]) expect(() => pageSize(bad)).toThrow(RequestError);
  });

  it('should map every node of a page and keep its cursors, count and page info', () => {
    const page = toConnection([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2, 7, (row) => `cursor-${row.id}`, (row) => row);

    const shown = mapConnection(page, (row) => row.id.toUpperCase());

    expect(shown).toEqual({
      edges: [
        { cursor: 'cursor-a', node: 'A' },
        { cursor: 'cursor-b', node: 'B' },
      ],
      pageInfo: { hasNextPage: true, endCursor: 'cursor-b' },
      totalCount: 7,
    });
  });

  it('should report a next page only when the extra row was fetched', () => {
    const rows = [1, 2, 3];
    const full = toConnection(rows, 2, 10, (row) => `c${row}`, (row) => row * 10);
    expect(full).toEqual({ edges: [{ cursor: 'c1', node: 10 }, { cursor: 'c2', node: 20 }], pageInfo: { hasNextPage: true, endCursor: 'c2' }, totalCount: 10 });
    expect(toConnection(rows, 3, 3, String, Number).pageInfo).toEqual({ hasNextPage: false, endCursor: '3' });
    expect(toConnection([], 3, 0, String, Number).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  describe(pageOfList.name, () => {
    const kpis = ['activity.rate', 'members.new', 'members.churned'].map((id) => ({ id }));
    const keyOf = (kpi: { id: string }) => kpi.id;

    it('should page through an in-memory list in its order, counting all of it', () => {
      const first = pageOfList(kpis, keyOf, 2);
      expect(first.edges.map((edge) => edge.node.id)).toEqual(['activity.rate', 'members.new']);
      expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const rest = pageOfList(kpis, keyOf, 2, first.pageInfo.endCursor!);
      expect(rest.edges.map((edge) => edge.node.id)).toEqual(['members.churned']);
      expect(rest.pageInfo.hasNextPage).toBe(false);
    });

    it('should refuse a cursor naming no item, and a page size out of range, as BAD_USER_INPUT', () => {
      for (const page of [() => pageOfList(kpis, keyOf, 2, encodeCursor(['members.gone'])), () => pageOfList(kpis, keyOf, 2, 'forged'), () => pageOfList(kpis, keyOf, 0)]) {
        expect(page).toThrow(expect.objectContaining({ category: 'BAD_USER_INPUT' }));
      }
    });
  });
});
