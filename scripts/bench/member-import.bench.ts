import { randomUUID } from 'node:crypto';
import type { Identity } from '@groundswell/service-kit';
import { createTestDatabase } from '@groundswell/test-kit';
import { CreateCommunityUseCase } from '../../apps/members/src/communities/use-cases/create-community.use-case';
import { ImportMembersUseCase } from '../../apps/members/src/import/import-members.use-case';
import type { ImportRowInput } from '../../apps/members/src/import/import-row';
import { membersService } from '../../apps/members/src/members.service';
import { JoinCommunityUseCase } from '../../apps/members/src/membership/use-cases/join-community.use-case';
import { MembersContext } from '../../apps/members/src/shared/members-context';
import { atLeastPerSecond, measure, type BenchResult } from './measure';
import { profiled } from './profiling';

const operator: Identity = { sub: 'bench-operator', tenant: 'bench-import', roles: ['owner'] };
const phoneOf = (index: number) => `1370${String(index).padStart(7, '0')}`;
const person = (communityId: string, index: number, joinedAt: Date) => ({
  communityId,
  channel: 'import',
  joinedAt,
  identities: [{ kind: 'phone' as const, value: phoneOf(index) }, { kind: 'email' as const, value: `bench-${index}@example.com` }],
});

/**
 * Bulk member import against its baseline in the same run: people joining one `joinCommunity` at a
 * time (the use case, 8 in flight) and the same kind of people through `importMembers`, 10,000
 * rows a request, with identity resolution doing real work: 5% of the rows repeat a person of the
 * same request by another spelling of their phone, and 10% are people the single joins created.
 */
export async function benchMemberImport(singleJoins = 2_000, requests = 2, rowsPerRequest = 10_000): Promise<BenchResult> {
  const database = await createTestDatabase('bench_member_import', membersService.migrations);
  try {
    const context = new MembersContext(database.pool);
    const community = async () => (await new CreateCommunityUseCase(context).execute(operator, { name: `Bench ${randomUUID().slice(0, 8)}`, platform: 'wechat' })).communityId;
    const [joinedOnce, imported] = [await community(), await community()];
    const joinedAt = new Date('2025-06-01T00:00:00Z');
    const join = new JoinCommunityUseCase(context);
    const single = await profiled('single joins', () =>
      measure('joinCommunity, one person a call (baseline)', singleJoins, 8, async (index) => {
        await join.execute(operator, { ...person(joinedOnce, index, joinedAt), displayName: `会员${index}` });
      }),
    );

    const importer = new ImportMembersUseCase(context);
    const known = Math.round(rowsPerRequest * 0.1);
    const repeats = Math.round(rowsPerRequest * 0.05);
    const bulk = await profiled('bulk import', () => measure(`importMembers, ${rowsPerRequest.toLocaleString('en')} rows a request (5% repeats, 10% known)`, requests, 1, async (request) => {
      const offset = 1_000_000 * (request + 1);
      const fresh = rowsPerRequest - known - repeats;
      const rows: ImportRowInput[] = [
        ...Array.from({ length: fresh }, (_, index) => ({ ...person(imported, offset + index, joinedAt), profile: { displayName: `会员${index}` } })),
        ...Array.from({ length: known }, (_, index) => person(imported, (request * known + index) % singleJoins, joinedAt)),
        ...Array.from({ length: repeats }, (_, index) => ({ communityId: imported, channel: 'import', identities: [{ kind: 'phone' as const, value: `+86 ${phoneOf(offset + index)}` }] })),
      ];
      const result = await importer.execute(operator, `bench-${randomUUID()}`, rows);
      if (result.newMembers !== fresh || result.duplicates !== repeats) throw new Error(`Unexpected import result: ${JSON.stringify({ ...result, members: undefined })}`);
    }));
    // Per member: the import's figure is rows a second, its latencies those of whole requests.
    const perMember = { ...bulk, operations: requests * rowsPerRequest, perSecond: (requests * rowsPerRequest) / bulk.seconds };
    return { measurements: [single, perMember], targets: [atLeastPerSecond('bulk import, with identity resolution', perMember, single, 2_000, 'members')] };
  } finally {
    await database.drop();
  }
}
