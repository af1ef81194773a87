import { randomUUID } from 'node:crypto';
import { MemberQueries } from '../member-queries';
import { anOperator, inMembersWorld } from '../../shared/testing/members-test-world';
import { EraseMemberUseCase } from '../../consent-and-erasure/erase-member.use-case';
import { UpdateMemberProfileUseCase } from './update-member-profile.use-case';

describe(UpdateMemberProfileUseCase.name, () => {
  it('should keep the profile encrypted under the member\'s key in the event and the read model, readable until erasure', async () => {
    await inMembersWorld('update_profile', async (world) => {
      const operator = anOperator();
      const memberId = await world.aMember(operator);
      const update = new UpdateMemberProfileUseCase(world.context);
      await update.execute(operator, memberId, { displayName: '刘洋', ageBand: '25_34', gender: 'male', region: '成都', occupation: '厨师', interests: ['火锅', '徒步'], activeHours: [21, 12] });
      await update.execute(operator, memberId, { occupation: null, region: '重庆' }, 'profile-2');
      await update.execute(operator, memberId, { occupation: null, region: '重庆' }, 'profile-2');

      const queries = new MemberQueries(world.context);
      expect(await queries.profile(operator.tenant, memberId)).toEqual({
        displayName: '刘洋', ageBand: '25_34', gender: 'male', region: '重庆', occupation: null, interests: ['火锅', '徒步'], activeHours: [12, 21],
      });
      expect(await queries.reveal(operator.tenant, memberId, (await queries.member(operator.tenant, memberId))!.displayNameSealed)).toBe('刘洋');
      expect((await world.eventsOf(operator, `member-${memberId}`)).filter((type) => type.includes('MemberProfileUpdated'))).toHaveLength(2);
      const { rows } = await world.database.pool.query<{ data: unknown; profile: unknown }>(
        `SELECT e.data, m.profile FROM events e JOIN members m ON m.tenant_id = e.tenant_id AND m.member_id::text = e.data->>'memberId'
         WHERE e.tenant_id = $1 AND e.event_type LIKE '%MemberProfileUpdated%'`,
        [operator.tenant],
      );
      expect(JSON.stringify(rows)).not.toMatch(/刘洋|成都|重庆|厨师|火锅|25_34/);

      await new EraseMemberUseCase(world.context).execute(operator, memberId, 'member_request');
      expect(Object.values((await queries.profile(operator.tenant, memberId))!)).toEqual([null, null, null, null, null, null, null]);
    });
  });

  it('should reject invalid values, unknown and erased members, without minting a key', async () => {
    await inMembersWorld('update_profile_errors', async (world) => {
      const operator = anOperator();
      const memberId = await world.aMember(operator);
      const update = new UpdateMemberProfileUseCase(world.context);
      await expect(update.execute(operator, memberId, { ageBand: '30' })).rejects.toMatchObject({ code: 'INVALID_PROFILE', category: 'BAD_USER_INPUT' });
      await expect(update.execute(operator, memberId, { activeHours: [25] })).rejects.toMatchObject({ code: 'INVALID_PROFILE' });
      const stranger = randomUUID();
      await expect(update.execute(operator, stranger, { region: '上海' })).rejects.toMatchObject({ code: 'MEMBER_NOT_FOUND', category: 'NOT_FOUND' });
      await expect(update.execute(anOperator(), memberId, { region: '上海' })).rejects.toMatchObject({ code: 'MEMBER_NOT_FOUND' });
      await new EraseMemberUseCase(world.context).execute(operator, memberId, 'member_request');
      await expect(update.execute(operator, memberId, { region: '上海' })).rejects.toMatchObject({ code: 'MEMBER_ERASED', category: 'CONFLICT' });
      const keys = await world.database.pool.query('SELECT member_id FROM member_data_keys WHERE member_id IN ($1, $2)', [stranger, memberId]);
      expect(keys.rows).toEqual([]);
      expect((await world.eventsOf(operator, `member-${memberId}`)).filter((type) => type.includes('MemberProfileUpdated'))).toEqual([]);
    });
  });
});
