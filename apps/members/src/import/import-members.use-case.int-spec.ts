import { randomUUID } from 'node:crypto';
import type { Identity } from '@groundswell/service-kit';
import { MemberQueries } from '../membership/member-queries';
import { JoinCommunityUseCase } from '../membership/use-cases/join-community.use-case';
import { anOperator, membersTestWorld, type MembersTestWorld } from '../shared/testing/members-test-world';
import { ImportMembersUseCase } from './import-members.use-case';
import type { ImportRowInput } from './import-row';

type World = MembersTestWorld;

const phoneOf = (index: number) => `1390${String(index).padStart(7, '0')}`;
const emailOf = (label: string, index: number) => `${label}-${index}@example.com`;

/** A member stream's events with ids, keys and ciphertexts replaced by what they stand for, so two tenants compare. */
async function shapeOf(world: World, tenantId: string, memberId: string) {
  const { rows } = await world.database.pool.query<{ event_type: string; data: unknown; occurred_at: Date }>(
    'SELECT event_type, data, occurred_at FROM events WHERE tenant_id = $1 AND stream_id = $2 ORDER BY stream_version',
    [tenantId, `member-${memberId}`],
  );
  const names = new Map<string, string>();
  const name = (value: string) => names.get(value) ?? names.set(value, `id${names.size}`).get(value)!;
  const neutral = (value: unknown): unknown => {
    if (typeof value === 'string') return /^[0-9a-f-]{36}$/.test(value) ? name(value) : value;
    if (Array.isArray(value)) return value.map(neutral);
    if (value && typeof value === 'object') {
      if ('ciphertext' in value) return 'sealed';
      return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, neutral(each)]));
    }
    return value;
  };
  return rows.map((row) => ({ type: row.event_type, occurredAt: row.occurred_at, data: neutral(row.data) }));
}

const count = async (world: World, sql: string, tenantId: string) => Number((await world.database.pool.query(sql, [tenantId])).rows[0].count);

describe(ImportMembersUseCase.name, () => {
  let world: World;
  beforeAll(async () => {
    world = await membersTestWorld('member_import');
  });
  afterAll(async () => {
    await world.database.drop();
  });

  it('should import 10,000 rows with 500 repeats inside and 500 known people: one member each, identities attached, and a resend adds nothing', async () => {
    const operator = anOperator();
    const [earlier, imported] = [await world.aCommunity(operator), await world.aCommunity(operator)];
    const useCase = new ImportMembersUseCase(world.context);
    // Known from an earlier import (the same events as single joins, shown below), which is quicker to set up.
    const earlierRows = Array.from({ length: 500 }, (_, index) => ({ communityId: earlier, channel: 'qr-code', identities: [{ kind: 'email' as const, value: emailOf('known', index) }] }));
    const knownIds = (await useCase.execute(operator, `earlier-${randomUUID()}`, earlierRows)).members.map((row) => row.memberId);
    const joinedAt = new Date('2025-11-01T08:00:00Z');
    const fresh = (index: number): ImportRowInput => ({
      communityId: imported,
      channel: 'import',
      joinedAt,
      identities: [{ kind: 'phone', value: phoneOf(index) }, { kind: 'email', value: emailOf('new', index) }],
      profile: { displayName: `会员${index}`, region: '上海' },
    });
    const rows: ImportRowInput[] = [
      ...Array.from({ length: 9_000 }, (_, index) => fresh(index)),
      // The people the tenant knows, by their email as written elsewhere, each with a phone it didn't have.
      ...Array.from({ length: 500 }, (_, index) => ({
        communityId: imported,
        channel: 'import',
        identities: [{ kind: 'email' as const, value: ` ${emailOf('KNOWN', index)} ` }, { kind: 'phone' as const, value: phoneOf(100_000 + index) }],
      })),
      // Repeats inside the batch: the same people again, named only by their phone in another spelling.
      ...Array.from({ length: 500 }, (_, index) => ({ communityId: imported, channel: 'import', identities: [{ kind: 'phone' as const, value: `+86 ${phoneOf(index)}` }] })),
    ];
    const batchKey = `import-${randomUUID()}`;

    const result = await useCase.execute(operator, batchKey, rows);

    expect(result).toMatchObject({ rows: 10_000, newMembers: 9_000, existingMembers: 500, joined: 9_500, alreadyMembers: 0, duplicates: 500, identitiesLinked: 18_500 });
    expect(result.members.slice(9_000, 9_500).map((row) => row.memberId)).toEqual(knownIds);
    expect(result.members[9_500]).toMatchObject({ row: 9_501, memberId: result.members[0].memberId, outcome: 'DUPLICATE' });
    const tenant = operator.tenant;
    const totals = async () => ({
      members: await count(world, 'SELECT count(*) FROM members WHERE tenant_id = $1', tenant),
      importedCommunity: (await new MemberQueries(world.context).community(tenant, imported))!.memberCount,
      identities: await count(world, 'SELECT count(*) FROM member_identities WHERE tenant_id = $1', tenant),
      indexed: await count(world, 'SELECT count(*) FROM member_identity_index WHERE tenant_id = $1', tenant),
      events: await count(world, `SELECT count(*) FROM events WHERE tenant_id = $1 AND stream_type = 'member'`, tenant),
    });
    const after = await totals();
    expect(after).toMatchObject({ members: 9_500, importedCommunity: 9_500, identities: 19_000, indexed: 19_000 });
    const queries = new MemberQueries(world.context);
    const knownPhone = (await queries.identities(tenant, knownIds[7])).find((identity) => identity.kind === 'phone')!;
    expect(await queries.reveal(tenant, knownPhone.sealedBy, knownPhone.sealed)).toBe(`+86${phoneOf(100_007)}`);
    expect(await queries.profile(tenant, result.members[42].memberId)).toMatchObject({ displayName: '会员42', region: '上海' });

    expect(await useCase.execute(operator, batchKey, rows)).toEqual(result);
    expect(await totals()).toEqual(after);
  });

  it('should append the same events as the single joins it replaces', async () => {
    const single = anOperator();
    const bulk: Identity = { ...single, tenant: `tenant-${randomUUID()}` };
    const [first, second] = [new Date('2025-03-01T01:00:00Z'), new Date('2025-04-01T01:00:00Z')];
    const person = (communities: string[]): ImportRowInput[] => [
      { communityId: communities[0], channel: 'qr-code', joinedAt: first, identities: [{ kind: 'phone', value: '13912345678' }, { kind: 'email', value: 'mei@example.com' }], profile: { displayName: '梅' } },
      { communityId: communities[1], channel: 'referral', joinedAt: second, identities: [{ kind: 'phone', value: '13912345678' }, { kind: 'wechat_unionid', value: 'oUnion_mei_1' }] },
    ];
    const singleCommunities = [await world.aCommunity(single), await world.aCommunity(single)];
    const join = new JoinCommunityUseCase(world.context);
    const [a, b] = person(singleCommunities);
    const { memberId: joinedId } = await join.execute(single, { ...a, displayName: '梅' });
    await join.execute(single, b);

    const bulkCommunities = [await world.aCommunity(bulk), await world.aCommunity(bulk)];
    const result = await new ImportMembersUseCase(world.context).execute(bulk, 'same-events', person(bulkCommunities));

    expect(await shapeOf(world, bulk.tenant, result.members[0].memberId)).toEqual(await shapeOf(world, single.tenant, joinedId));
  });

  it('should add nothing when the same people are imported again under another batch key', async () => {
    const operator = anOperator();
    const communityId = await world.aCommunity(operator);
    const rows = [0, 1, 2].map((index) => ({ communityId, channel: 'import', identities: [{ kind: 'phone' as const, value: phoneOf(index) }] }));
    const useCase = new ImportMembersUseCase(world.context);
    const first = await useCase.execute(operator, 'first', rows);
    const events = await count(world, `SELECT count(*) FROM events WHERE tenant_id = $1`, operator.tenant);

    expect(await useCase.execute(operator, 'second', rows)).toMatchObject({ newMembers: 0, existingMembers: 3, joined: 0, alreadyMembers: 3, identitiesLinked: 0 });
    expect((await useCase.execute(operator, 'second', rows)).members.map((row) => row.memberId)).toEqual(first.members.map((row) => row.memberId));
    expect(await count(world, `SELECT count(*) FROM events WHERE tenant_id = $1`, operator.tenant)).toBe(events);
  });

  it('should join a known person to another community and keep their profile, as a single join does', async () => {
    const operator = anOperator();
    const [first, second] = [await world.aCommunity(operator), await world.aCommunity(operator)];
    const useCase = new ImportMembersUseCase(world.context);
    const identities = [{ kind: 'phone' as const, value: phoneOf(42) }];
    const { members } = await useCase.execute(operator, 'known-first', [{ communityId: first, channel: 'import', identities, profile: { displayName: '梅' } }]);

    const again = await useCase.execute(operator, 'known-second', [{ communityId: second, channel: 'import', identities, profile: { displayName: '老会员' } }]);

    expect(again).toMatchObject({ newMembers: 0, existingMembers: 1, joined: 1, identitiesLinked: 0 });
    expect(again.members.map((row) => row.memberId)).toEqual(members.map((row) => row.memberId));
    const types = await world.database.pool.query<{ event_type: string }>('SELECT event_type FROM events WHERE tenant_id = $1 AND stream_id = $2 ORDER BY stream_version', [
      operator.tenant,
      `member-${members[0]!.memberId}`,
    ]);
    expect(types.rows.map((row) => row.event_type.replace(/^.*\.(\w+)\.v\d+$/, '$1'))).toEqual(['MemberRegistered', 'MemberIdentityLinked', 'MemberProfileUpdated', 'MemberJoined', 'MemberJoined']);
  });

  it('should refuse a batch with bad rows, naming every one, and write nothing', async () => {
    const operator = anOperator();
    const communityId = await world.aCommunity(operator);
    const good = { communityId, channel: 'import', identities: [{ kind: 'email' as const, value: 'ok@example.com' }] };
    const rows: ImportRowInput[] = [
      good,
      { ...good, identities: [{ kind: 'phone', value: 'call me' }] },
      { ...good, communityId: randomUUID() },
      { ...good, joinedAt: new Date(Date.now() + 86_400_000) },
      { ...good, referrer: { kind: 'email', value: 'nobody@example.com' } },
      { ...good, identities: [{ kind: 'carrier_pigeon' as 'email', value: 'coo' }], campaignId: 'spring-sale' },
    ];

    await expect(new ImportMembersUseCase(world.context).execute(operator, 'bad-rows', rows)).rejects.toMatchObject({
      code: 'IMPORT_ROWS_INVALID',
      category: 'BAD_USER_INPUT',
      details: {
        invalidRows: 5,
        rows: [
          expect.objectContaining({ row: 2, code: 'INVALID_PHONE_NUMBER' }),
          expect.objectContaining({ row: 3, code: 'COMMUNITY_NOT_FOUND' }),
          expect.objectContaining({ row: 4, code: 'INVALID_TIMESTAMP' }),
          expect.objectContaining({ row: 5, code: 'REFERRER_NOT_FOUND' }),
          expect.objectContaining({ row: 6, code: 'INVALID_IDENTITY' }),
        ],
      },
    });
    expect(await count(world, `SELECT count(*) FROM events WHERE tenant_id = $1 AND stream_type = 'member'`, operator.tenant)).toBe(0);
  });
});
