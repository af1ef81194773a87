import { anOperator, membersTestWorld } from '../../testing/members-test-world';
import { TagQueries } from '../tag-queries';
import { DefineTagUseCase } from './define-tag.use-case';
import { TagMemberUseCase } from './tag-member.use-case';
import { UntagMemberUseCase } from './untag-member.use-case';

const tagged = 'groundswell.members.MemberTagged.v1';
const untagged = 'groundswell.members.MemberUntagged.v1';

describe(TagMemberUseCase.name, () => {
  it('should keep every tag and untag in the member-tags stream, and the current tags in the read model', async () => {
    const world = await membersTestWorld('tag_member');
    try {
      const operator = anOperator();
      const memberId = await world.aMember(operator);
      await new DefineTagUseCase(world.context).execute(operator, { key: 'vip', name: 'VIP', mode: 'manual' });
      const tag = new TagMemberUseCase(world.context);
      const queries = new TagQueries(world.context);

      await tag.execute(operator, memberId, 'vip');
      await new UntagMemberUseCase(world.context).execute(operator, memberId, 'vip');
      expect(await queries.memberTags(operator.tenant, memberId)).toEqual([]);
      await tag.execute(operator, memberId, 'vip');
      await tag.execute(operator, memberId, 'vip'); // a repeat changes nothing

      expect(await world.eventsOf(operator, `member-tags-${memberId}`)).toEqual([tagged, untagged, tagged]);
      expect(await queries.memberTags(operator.tenant, memberId)).toEqual([expect.objectContaining({ tag: expect.objectContaining({ key: 'vip' }), source: 'manual' })]);
      expect((await queries.memberTagHistory(operator.tenant, memberId)).map((change) => change.change)).toEqual(['tagged', 'untagged', 'tagged']);
    } finally {
      await world.database.drop();
    }
  });

  it('should reject unknown tags and members, duplicate keys and rule tags without a rule', async () => {
    const world = await membersTestWorld('tag_member_errors');
    try {
      const operator = anOperator();
      const memberId = await world.aMember(operator);
      const define = new DefineTagUseCase(world.context);
      await define.execute(operator, { key: 'vip', name: 'VIP', mode: 'manual' });
      const tag = new TagMemberUseCase(world.context);

      await expect(tag.execute(operator, memberId, 'nope')).rejects.toMatchObject({ code: 'TAG_NOT_FOUND' });
      await expect(tag.execute(operator, '00000000-0000-4000-8000-000000000000', 'vip')).rejects.toMatchObject({ code: 'MEMBER_NOT_FOUND' });
      await expect(define.execute(operator, { key: 'vip', name: 'Again', mode: 'manual' })).rejects.toMatchObject({ code: 'TAG_ALREADY_DEFINED' });
      await expect(define.execute(operator, { key: 'koc', name: 'KOC', mode: 'rule' })).rejects.toMatchObject({ code: 'INVALID_TAG' });
      await expect(define.execute(operator, { key: 'Bad Key', name: 'x', mode: 'manual' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      // The tag of another tenant is not there.
      await expect(tag.execute(anOperator(), memberId, 'vip')).rejects.toMatchObject({ code: 'MEMBER_NOT_FOUND' });
    } finally {
      await world.database.drop();
    }
  });
});
