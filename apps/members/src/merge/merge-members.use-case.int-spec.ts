import type { Pool } from 'pg';
import { MemberQueries } from '../membership/member-queries';
import { anOperator, inMembersWorld } from '../shared/testing/members-test-world';
import { JoinCommunityUseCase } from '../membership/use-cases/join-community.use-case';
import { MergeMembersUseCase } from './merge-members.use-case';

/** Everything the read side shows of a member: what an unmerge must restore exactly. */
async function snapshot(pool: Pool, queries: MemberQueries, tenant: string, memberId: string) {
  const member = await queries.member(tenant, memberId);
  const identities = await queries.identities(tenant, memberId);
  return {
    status: member?.status,
    displayName: await queries.reveal(tenant, memberId, member?.displayNameSealed ?? null),
    memberships: (await queries.memberships(tenant, memberId)).map(({ communityId, status, channel }) => ({ communityId, status, channel })),
    identities: await Promise.all(identities.map(async (row) => ({ kind: row.kind, value: await queries.reveal(tenant, row.sealedBy, row.sealed) }))),
    indexed: Number((await pool.query('SELECT count(*) FROM member_identity_index WHERE tenant_id = $1 AND member_id = $2', [tenant, memberId])).rows[0].count),
  };
}

describe(MergeMembersUseCase.name, () => {
  it('should merge two members and restore both exactly on unmerge', async () => {
    await inMembersWorld('merge', async (world) => {
      const operator = anOperator();
      const queries = new MemberQueries(world.context);
      const join = new JoinCommunityUseCase(world.context);
      const [fitness, food, tech] = [await world.aCommunity(operator), await world.aCommunity(operator), await world.aCommunity(operator)];
      const survivor = (await join.execute(operator, { communityId: fitness, channel: 'qr', displayName: '张三', identities: [{ kind: 'phone', value: '13800000001' }] })).memberId;
      await join.execute(operator, { communityId: tech, channel: 'poster', identities: [{ kind: 'phone', value: '13800000001' }] });
      const duplicate = (await join.execute(operator, { communityId: food, channel: 'live', displayName: '张三丰', identities: [{ kind: 'email', value: 'zhang@example.com' }] })).memberId;
      await join.execute(operator, { communityId: tech, channel: 'referral', identities: [{ kind: 'email', value: 'zhang@example.com' }] });
      const before = { survivor: await snapshot(world.database.pool, queries, operator.tenant, survivor), duplicate: await snapshot(world.database.pool, queries, operator.tenant, duplicate) };

      const merges = new MergeMembersUseCase(world.context);
      const { mergeId } = await merges.merge(operator, { duplicateId: duplicate, survivorId: survivor, reason: 'same person, phone and email' });
      const merged = await snapshot(world.database.pool, queries, operator.tenant, survivor);
      expect(merged.identities.map((each) => each.value).sort()).toEqual(['+8613800000001', 'zhang@example.com']);
      expect(merged.memberships.map((each) => each.communityId).sort()).toEqual([fitness, food, tech].sort());
      expect((await snapshot(world.database.pool, queries, operator.tenant, duplicate)).status).toBe('merged');
      // A join by the duplicate's email now finds the survivor.
      const rejoin = await join.execute(operator, { communityId: food, channel: 'x', identities: [{ kind: 'email', value: 'ZHANG@example.com' }] }).catch((error) => error);
      expect(rejoin).toMatchObject({ code: 'ALREADY_MEMBER' });

      await merges.unmerge(operator, { survivorId: survivor, duplicateId: duplicate, mergeId, reason: 'two people after all' });
      expect(await snapshot(world.database.pool, queries, operator.tenant, survivor)).toEqual(before.survivor);
      expect(await snapshot(world.database.pool, queries, operator.tenant, duplicate)).toEqual(before.duplicate);
      const { rows } = await world.database.pool.query('SELECT event_type FROM events WHERE tenant_id = $1 AND stream_id IN ($2, $3) ORDER BY global_position', [
        operator.tenant,
        `member-${survivor}`,
        `member-${duplicate}`,
      ]);
      // History is never lost: the merge and its compensation both stay in the streams.
      expect(rows.map((row) => row.event_type)).toEqual(
        expect.arrayContaining(['groundswell.members.MemberMergedInto.v1', 'groundswell.members.MemberAbsorbed.v1', 'groundswell.members.MemberUnmerged.v1', 'groundswell.members.MemberMergeReverted.v1']),
      );
    });
  });

  it('should refuse to merge a member into itself and write nothing', async () => {
    await inMembersWorld('merge_self', async (world) => {
      const operator = anOperator();
      const member = await world.aMember(operator);
      await expect(new MergeMembersUseCase(world.context).merge(operator, { duplicateId: member, survivorId: member, reason: 'oops' })).rejects.toMatchObject({
        code: 'CANNOT_MERGE_WITH_SELF',
        category: 'BAD_USER_INPUT',
      });
      expect(await world.eventsOf(operator, `member-${member}`)).not.toContain('groundswell.members.MemberMergedInto.v1');
    });
  });
});
