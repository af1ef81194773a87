import { randomUUID } from 'node:crypto';
import { MemberQueries } from '../member-queries';
import { anOperator, inMembersWorld } from '../../shared/testing/members-test-world';
import { JoinCommunityUseCase } from './join-community.use-case';

describe(JoinCommunityUseCase.name, () => {
  it('should backdate an imported join: the membership, the registration and every event carry joinedAt', async () => {
    await inMembersWorld('join_backdated', async (world) => {
      const operator = anOperator();
      const communityId = await world.aCommunity(operator);
      const joinedAt = new Date('2026-01-15T02:30:00.000Z');
      const join = new JoinCommunityUseCase(world.context);
      const { memberId } = await join.execute(operator, { communityId, channel: 'import', identities: [{ kind: 'email', value: `${randomUUID()}@example.com` }], joinedAt });

      const queries = new MemberQueries(world.context);
      expect((await queries.member(operator.tenant, memberId))!.registeredAt).toEqual(joinedAt);
      expect(await queries.memberships(operator.tenant, memberId)).toEqual([expect.objectContaining({ communityId, joinedAt })]);
      const { rows } = await world.database.pool.query<{ occurred_at: Date }>('SELECT occurred_at FROM events WHERE tenant_id = $1 AND stream_id = $2', [
        operator.tenant,
        `member-${memberId}`,
      ]);
      expect(rows.map((row) => row.occurred_at)).toEqual([joinedAt, joinedAt, joinedAt]);
      // Members who joined since a date: the import counts by when they joined, not when it ran.
      expect((await queries.members(operator.tenant, { communityId, joinedSince: new Date('2026-02-01T00:00:00Z') })).totalCount).toBe(0);
    });
  });

  it('should refuse a join dated in the future and write nothing', async () => {
    await inMembersWorld('join_future', async (world) => {
      const operator = anOperator();
      const communityId = await world.aCommunity(operator);
      const email = `${randomUUID()}@example.com`;
      await expect(
        new JoinCommunityUseCase(world.context).execute(operator, { communityId, channel: 'import', identities: [{ kind: 'email', value: email }], joinedAt: new Date(Date.now() + 3_600_000) }),
      ).rejects.toMatchObject({ code: 'INVALID_TIMESTAMP', category: 'BAD_USER_INPUT' });
      const { rows } = await world.database.pool.query(`SELECT 1 FROM events WHERE tenant_id = $1 AND stream_type = 'member'`, [operator.tenant]);
      expect(rows).toEqual([]);
    });
  });
});
