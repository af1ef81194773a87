import { RecordActivityUseCase } from '../activity/record-activity.use-case';
import { inMembersWorld } from '../shared/testing/members-test-world';
import { EvaluateLifecycleUseCase } from './evaluate-lifecycle.use-case';
import { aMemberToEvaluate } from './testing/member-to-evaluate';

const automation = { kind: 'system' as const, id: 'lifecycle-evaluator' };
const at = (iso: string) => new Date(iso);

describe(EvaluateLifecycleUseCase.name, () => {
  it('should promote at once on enough activity, and demote only after the monthly cadence has turned', async () => {
    await inMembersWorld('lifecycle', async (world) => {
      const { operator, communityId, memberId, stageOf: stage } = await aMemberToEvaluate(world);
      const evaluate = new EvaluateLifecycleUseCase(world.context);
      expect(await stage()).toBe('new');

      // Posts on 1–5 August, two on the 5th: on 1 September the 30-day window holds 4 active days and
      // 5 interactions, the bar for "active".
      const items = [1, 2, 3, 4, 5, 5].map((day, index) => ({
        memberId,
        kind: 'message_posted' as const,
        clientEventId: `post-${index}`,
        occurredAt: at(`2026-08-0${day}T12:00:00Z`),
      }));
      await new RecordActivityUseCase(world.context).execute(operator, communityId, items);
      expect(await evaluate.execute(operator.tenant, memberId, communityId, automation, at('2026-09-01T00:00:00Z'))).toEqual({ stage: 'active', changed: true });
      expect(await stage()).toBe('active');

      // 20 September: over 30 quiet days, so the rules say dormant — but the stage changed this month.
      expect(await evaluate.execute(operator.tenant, memberId, communityId, automation, at('2026-09-20T00:00:00Z'))).toEqual({ stage: 'active', changed: false });
      expect(await stage()).toBe('active');
      // 2 October (China time): the month has turned, the demotion happens.
      expect(await evaluate.execute(operator.tenant, memberId, communityId, automation, at('2026-10-02T00:00:00Z'))).toEqual({ stage: 'dormant', changed: true });
      expect(await stage()).toBe('dormant');
      // Activity again: the promotion back is immediate, whatever the cadence.
      await new RecordActivityUseCase(world.context).execute(operator, communityId, [{ memberId, kind: 'reaction', clientEventId: 'back', occurredAt: at('2026-10-02T10:00:00Z') }]);
      expect(await evaluate.execute(operator.tenant, memberId, communityId, automation, at('2026-10-02T11:00:00Z'))).toEqual({ stage: 'active', changed: true });
      expect(await world.eventsOf(operator, `member-${memberId}`)).toEqual(expect.arrayContaining(['groundswell.members.MemberLifecycleStageChanged.v1']));
    });
  });
});
