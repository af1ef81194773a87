import { eventually } from '@groundswell/test-kit';
import { anOperator, membersTestWorld } from '../../shared/testing/members-test-world';
import { TagQueries } from '../tag-queries';
import { startMembersEventPipeline } from '../testing/members-event-pipeline';
import { setStage } from '../testing/tag-factories';
import { DefineTagUseCase } from '../use-cases/define-tag.use-case';
import { TagMemberUseCase } from '../use-cases/tag-member.use-case';
import { applyTagRules } from './apply-tag-rules';

describe('applyTagRules', () => {
  it('should tag a member by rule when they become KOC, and untag them when they stop being one', async () => {
    const world = await membersTestWorld('tag_rules');
    const pipeline = await startMembersEventPipeline(world.database, 'tag-rules', ['member'], applyTagRules(world.context.store));
    try {
      const operator = anOperator();
      const communityId = await world.aCommunity(operator);
      const memberId = await world.aMember(operator, communityId);
      const bystander = await world.aMember(operator, communityId);
      const define = new DefineTagUseCase(world.context);
      await define.execute(operator, { key: 'koc', name: 'KOC', mode: 'rule', category: 'lifecycle', rule: { stages: ['koc'] } });
      await define.execute(operator, { key: 'vip', name: 'VIP', mode: 'manual' });
      await new TagMemberUseCase(world.context).execute(operator, bystander, 'vip');
      const queries = new TagQueries(world.context);
      const tagsOf = async (id: string) => (await queries.memberTags(operator.tenant, id)).map((row) => `${row.tag.key}:${row.source}`);

      await setStage(world.context, operator, memberId, communityId, 'koc');
      await eventually(async () => expect(await tagsOf(memberId)).toEqual(['koc:rule']), 10_000);

      await setStage(world.context, operator, memberId, communityId, 'core');
      await eventually(async () => expect(await tagsOf(memberId)).toEqual([]), 10_000);
      expect(await world.eventsOf(operator, `member-tags-${memberId}`)).toEqual(['groundswell.members.MemberTagged.v1', 'groundswell.members.MemberUntagged.v1']);
      const history = await queries.memberTagHistory(operator.tenant, memberId);
      expect(history.map((change) => [change.change, change.source, change.ruleVersion])).toEqual([
        ['tagged', 'rule', 1],
        ['untagged', 'rule', 1],
      ]);
      expect(await tagsOf(bystander)).toEqual(['vip:manual']);
    } finally {
      await pipeline.stop();
      await world.database.drop();
    }
  });
});
