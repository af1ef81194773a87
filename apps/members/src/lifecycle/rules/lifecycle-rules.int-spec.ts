import { RecordActivityUseCase } from '../../activity/record-activity.use-case';
import { MemberQueries } from '../../membership/member-queries';
import { anOperator, inMembersWorld } from '../../shared/testing/members-test-world';
import { defaultLifecycleRules } from '../default-lifecycle-rules';
import { EvaluateLifecycleUseCase } from '../evaluate-lifecycle.use-case';
import { LifecycleRulesUseCase } from './lifecycle-rules.use-case';

const automation = { kind: 'system' as const, id: 'lifecycle-evaluator' };
const at = (iso: string) => new Date(iso);

describe(LifecycleRulesUseCase.name, () => {
  it('should evaluate each tenant by its own rules, name their version on the stage change, and keep other tenants on the default', async () => {
    await inMembersWorld('lifecycle_rules', async (world) => {
      const evaluate = new EvaluateLifecycleUseCase(world.context);
      const rules = new LifecycleRulesUseCase(world.context);
      const [relaxed, standard] = [anOperator(), anOperator()];
      const { version: _, ...defaults } = defaultLifecycleRules;
      const relaxedRules = await rules.define(relaxed, { ...defaults, promotion: { ...defaults.promotion, active: { minActiveDays: 2, minInteractions: 2, minContributions: 0 } } });
      expect(relaxedRules.version).toBe(2);
      expect((await rules.current(relaxed.tenant)).promotion.active).toEqual({ minActiveDays: 2, minInteractions: 2, minContributions: 0 });
      expect((await rules.current(standard.tenant)).version).toBe(1);

      // Two posts on two days: "active" by the relaxed rules (2 days, 2 interactions), not by the default (4 and 5).
      const twoPosts = async (operator: typeof relaxed) => {
        const communityId = await world.aCommunity(operator);
        const memberId = await world.aMember(operator, communityId);
        await new RecordActivityUseCase(world.context).execute(operator, communityId, [1, 2].map((day) => ({
          memberId, kind: 'message_posted' as const, clientEventId: `post-${day}`, occurredAt: at(`2026-08-0${day}T12:00:00Z`),
        })));
        return { communityId, memberId };
      };
      const inRelaxed = await twoPosts(relaxed);
      const inStandard = await twoPosts(standard);
      const when = at('2026-08-03T00:00:00Z');
      expect(await evaluate.execute(relaxed.tenant, inRelaxed.memberId, inRelaxed.communityId, automation, when)).toEqual({ stage: 'active', changed: true });
      expect(await evaluate.execute(standard.tenant, inStandard.memberId, inStandard.communityId, automation, when)).toEqual({ stage: 'new', changed: false });

      const { rows } = await world.database.pool.query<{ data: { ruleSetVersion?: number } }>(
        `SELECT data FROM events WHERE tenant_id = $1 AND event_type = 'groundswell.members.MemberLifecycleStageChanged.v1'`,
        [relaxed.tenant],
      );
      expect(rows.map((row) => row.data.ruleSetVersion)).toEqual([2]);
      expect((await new MemberQueries(world.context).memberships(relaxed.tenant, inRelaxed.memberId))[0]?.stage).toBe('active');

      // Repeating the rules in force is no change; reading them back from the stored event keeps them equal.
      expect((await rules.define(relaxed, { ...relaxedRules })).version).toBe(2);
    });
  });
});
