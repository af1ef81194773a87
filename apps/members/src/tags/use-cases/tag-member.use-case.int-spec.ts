import { anOperator, inMembersWorld, type MembersTestWorld } from '../../shared/testing/members-test-world';
import { TagQueries } from '../tag-queries';
import { DefineTagUseCase } from './define-tag.use-case';
import { TagMemberUseCase } from './tag-member.use-case';
import { UntagMemberUseCase } from './untag-member.use-case';

const tagged = 'groundswell.members.MemberTagged.v1';
const untagged = 'groundswell.members.MemberUntagged.v1';
const queries = (world: MembersTestWorld) => new TagQueries(world.context);

describe(TagMemberUseCase.name, () => {
  it('should keep every tag and untag in the member-tags stream, and the current tags in the read model', async () => {
    await inMembersWorld('tag_member', async (world) => {
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
    });
  });

  it('should answer a retry with the same idempotency key with the first result, appending nothing', async () => {
    await inMembersWorld('tag_member_idempotency', async (world) => {
      const operator = anOperator();
      const memberId = await world.aMember(operator);
      const define = new DefineTagUseCase(world.context);
      const first = await define.execute(operator, { key: 'vip', name: 'VIP', mode: 'manual' }, 'define-vip');
      expect(await define.execute(operator, { key: 'vip', name: 'VIP', mode: 'manual' }, 'define-vip')).toEqual(first);
      const tag = new TagMemberUseCase(world.context);

      await tag.execute(operator, memberId, 'vip', 'tag-1');
      await new UntagMemberUseCase(world.context).execute(operator, memberId, 'vip', 'untag-1');
      // Without the key this would tag the member again; with it, the retry is the first request.
      await tag.execute(operator, memberId, 'vip', 'tag-1');
      await new UntagMemberUseCase(world.context).execute(operator, memberId, 'vip', 'untag-1');

      expect(await world.eventsOf(operator, `member-tags-${memberId}`)).toEqual([tagged, untagged]);
      expect(await queries(world).tagPage(operator.tenant, false)).toMatchObject({ totalCount: 1 });
      await expect(tag.execute(operator, memberId, 'vip', 'untag-1')).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    });
  });

  it('should page through the tags by key', async () => {
    await inMembersWorld('tag_pages', async (world) => {
      const operator = anOperator();
      const define = new DefineTagUseCase(world.context);
      for (const key of ['c', 'a', 'b']) await define.execute(operator, { key, name: key.toUpperCase(), mode: 'manual' });
      await define.execute(anOperator(), { key: 'elsewhere', name: 'Another tenant', mode: 'manual' });

      const first = await queries(world).tagPage(operator.tenant, false, 2);
      const second = await queries(world).tagPage(operator.tenant, false, 2, first.pageInfo.endCursor!);
      expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges[0]!.cursor });
      expect([...first.edges, ...second.edges].map((edge) => edge.node.key)).toEqual(['a', 'b', 'c']);
    });
  });

  it('should reject unknown tags and members, duplicate keys and rule tags without a rule', async () => {
    await inMembersWorld('tag_member_errors', async (world) => {
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
    });
  });
});
