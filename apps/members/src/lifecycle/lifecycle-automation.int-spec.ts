import { runAsLeader, withTransaction } from '@groundswell/event-store';
import type { EventEnvelope } from '@groundswell/events';
import { eventually } from '@groundswell/test-kit';
import { RecordActivityUseCase } from '../activity/record-activity.use-case';
import { startMembersEventPipeline } from '../tags/testing/members-event-pipeline';
import { setStage } from '../tags/testing/tag-factories';
import { membersTestWorld, inMembersWorld } from '../shared/testing/members-test-world';
import { lifecycleActivityHandler, runLifecycleDemotionPass } from './lifecycle-automation';
import { aMemberToEvaluate } from './testing/member-to-evaluate';

const dayMs = 24 * 60 * 60 * 1000;
const posts = (memberId: string, days: Date[]) =>
  days.map((occurredAt, index) => ({ memberId, kind: 'message_posted' as const, clientEventId: `${memberId}-post-${index}`, occurredAt }));

describe('lifecycle automation', () => {
  it('should promote a member within seconds of their activity arriving through Kafka', async () => {
    const world = await membersTestWorld('lifecycle_consumer');
    const pipeline = await startMembersEventPipeline(world.database, 'lifecycle', ['activity'], lifecycleActivityHandler(world.context.store));
    try {
      const { operator, communityId, memberId, stageOf: stage } = await aMemberToEvaluate(world);
      const now = Date.now();
      // Four active days and five posts in the window: the default bar for "active".
      const days = [4, 3, 2, 1, 1].map((ago) => new Date(now - ago * dayMs));
      await new RecordActivityUseCase(world.context).execute(operator, communityId, posts(memberId, days));
      await eventually(async () => expect(await stage()).toBe('active'), 10_000);
      // The same activity re-scored the churn risk: a day quiet, 4 active days, no purchases = 0.409.
      const { rows } = await world.database.pool.query('SELECT band, score FROM member_churn_risk WHERE tenant_id = $1 AND member_id = $2', [operator.tenant, memberId]);
      expect(rows).toEqual([{ band: 'medium', score: 0.409 }]);
    } finally {
      await pipeline.stop();
      await world.database.drop();
    }
  });

  it('should demote the quiet on the monthly cadence and not before, and leave an operator override alone', async () => {
    await inMembersWorld('lifecycle_pass', async (world) => {
      const { operator, communityId, memberId: quiet, stageOf } = await aMemberToEvaluate(world);
      const pinned = await world.aMember(operator, communityId);
      const august = [1, 2, 3, 4, 5, 5].map((day) => new Date(`2026-08-0${day}T12:00:00Z`));
      const record = new RecordActivityUseCase(world.context);
      await record.execute(operator, communityId, posts(quiet, august));
      await record.execute(operator, communityId, posts(pinned, august));
      await setStage(world.context, operator, pinned, communityId, 'koc');
      const pass = (iso: string) => runLifecycleDemotionPass(world.database.pool, new Date(iso));

      // 1 September: the window (from 2 August) holds five posts on four days: promoted at once.
      expect(await pass('2026-09-01T00:00:00Z')).toBe(1);
      expect(await stageOf(quiet)).toBe('active');
      // Over 30 quiet days by the 20th, but the stage changed this month (China time): no demotion yet.
      expect(await pass('2026-09-20T00:00:00Z')).toBe(0);
      expect(await pass('2026-09-30T15:59:00Z')).toBe(0);
      expect(await stageOf(quiet)).toBe('active');
      // Midnight, 1 October in Shanghai: the month has turned.
      expect(await pass('2026-09-30T16:00:00Z')).toBe(1);
      expect(await stageOf(quiet)).toBe('dormant');
      // Re-running at the same instant changes nothing more.
      expect(await pass('2026-09-30T16:00:00Z')).toBe(0);
      // Over 90 quiet days in November, and the month turned again since: churned.
      expect(await pass('2026-11-05T00:00:00Z')).toBe(1);
      expect(await stageOf(quiet)).toBe('churned');

      expect(await stageOf(pinned)).toBe('koc');
      const { rows } = await world.database.pool.query<{ cause: string }>(
        `SELECT data->>'cause' AS cause FROM events WHERE tenant_id = $1 AND stream_id = $2 AND event_type LIKE '%MemberLifecycleStageChanged%' ORDER BY stream_version`,
        [operator.tenant, `member-${pinned}`],
      );
      expect(rows.map((row) => row.cause)).toEqual(['override']);
    });
  });

  it('should evaluate a burst of activity once, and activity appended later again', async () => {
    await inMembersWorld('lifecycle_burst', async (world) => {
      const { operator, communityId, memberId, stageOf: stage } = await aMemberToEvaluate(world);
      const now = Date.now();
      const record = new RecordActivityUseCase(world.context);
      const envelopes = async () => {
        const { rows } = await world.database.pool.query<{ event_id: string; data: unknown; occurred_at: Date; correlation_id: string; event_type: string }>(
          `SELECT event_id, event_type, data, occurred_at, correlation_id FROM events WHERE tenant_id = $1 AND stream_type = 'activity' ORDER BY global_position`,
          [operator.tenant],
        );
        return rows.map((row) => ({ id: row.event_id, type: row.event_type, tenantid: operator.tenant, data: row.data, time: row.occurred_at.toISOString(), correlationid: row.correlation_id }) as unknown as EventEnvelope);
      };
      const handle = (at: number, event: EventEnvelope) => withTransaction(world.database.pool, (client) => lifecycleActivityHandler(world.context.store, () => new Date(at))(client, event));

      await record.execute(operator, communityId, posts(memberId, [4, 3, 2, 1, 1].map((ago) => new Date(now - ago * dayMs))));
      const burst = await envelopes();
      await handle(now, burst[0]!);
      expect(await stage()).toBe('active');
      // 100 days on the member would be churned, but this event was counted by the first evaluation.
      await handle(now + 100 * dayMs, burst[4]!);
      expect(await stage()).toBe('active');

      await record.execute(operator, communityId, [{ memberId, kind: 'reaction', clientEventId: 'old-news', occurredAt: new Date(now - 200 * dayMs) }]);
      const later = (await envelopes()).find((event) => !burst.some((seen) => seen.id === event.id))!;
      await handle(now + 100 * dayMs, later);
      expect(await stage()).toBe('churned');
    });
  });

  it('should let only one instance lead a pass at a time', async () => {
    await inMembersWorld('lifecycle_leader', async (world) => {
      let release!: () => void;
      let leading!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const isLeading = new Promise<void>((resolve) => (leading = resolve));
      const leader = runAsLeader(world.database.pool, 'lifecycle-demotions', async () => {
        leading();
        await held;
        return 'led';
      });
      await isLeading;
      expect(await runAsLeader(world.database.pool, 'lifecycle-demotions', async () => 'follower ran')).toBeUndefined();
      release();
      expect(await leader).toBe('led');
      expect(await runAsLeader(world.database.pool, 'lifecycle-demotions', async () => 'next round')).toBe('next round');
    });
  });
});
