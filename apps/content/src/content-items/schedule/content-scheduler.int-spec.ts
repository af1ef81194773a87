import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import { ContentPublishedV1 } from '@groundswell/events';
import { freshDatabase } from '@groundswell/test-kit';
import { Pool } from 'pg';
import { PinoLogger } from 'nestjs-pino';
import { createContentDatabase } from '../../testing/content-database';
import { contentItemProjections } from '../content-item.projection';
import { anItemContent, weiboVariant } from '../content-item.fixtures';
import { CONTENT_CLOCK } from '../content-item.values';
import { runContentItemCommand } from '../use-cases/run-content-item-command';
import { ContentScheduler } from './content-scheduler';

const allPass = { quality: true, accuracy: true, compliance: true, brandFit: true };
const silent = { info: () => undefined, warn: () => undefined } as unknown as PinoLogger;

/** One replica: its own pool and store, the scheduler ticking at the instant the test sets. */
function aReplica(connectionString: string, clock: { now: Date }) {
  const pool = new Pool({ connectionString, max: 3 });
  const scheduler = new ContentScheduler(new EventStore(pool, contentItemProjections), () => clock.now);
  Object.assign(scheduler, { pool, logger: silent });
  return { scheduler, pool };
}

describe(ContentScheduler.name, () => {
  const database = freshDatabase('file', () => createContentDatabase('content_clock'));

  async function aScheduledItem(tenant: string, publishAt: Date): Promise<string> {
    const store = new EventStore(database.pool, contentItemProjections);
    const contentItemId = randomUUID();
    const run = (command: Parameters<typeof runContentItemCommand>[2]) => runContentItemCommand(store, tenant, command);
    await run({ type: 'CreateContentItem', contentItemId, content: anItemContent(), by: 'u-author' });
    await run({ type: 'SetContentVariant', contentItemId, variant: weiboVariant, styleRules: [], by: 'u-author' });
    const screeningId = randomUUID();
    await run({ type: 'SubmitContentItem', contentItemId, screeningIds: { weibo: screeningId }, now: new Date(publishAt.getTime() - 3_600_000), by: 'u-author' });
    await run({ type: 'RecordContentScreening', contentItemId, screeningId, verdict: 'pass', by: 'system:moderation' });
    await run({ type: 'ReviewContentItem', contentItemId, decision: 'approve', checklist: allPass, by: 'u-approver' });
    await run({ type: 'ScheduleContentItem', contentItemId, publishAt, now: new Date(publishAt.getTime() - 3_600_000), by: 'u-approver' });
    return contentItemId;
  }

  it('should publish a scheduled item exactly once, at its time, with two instances ticking together', async () => {
    const tenant = `tenant-${randomUUID().slice(0, 8)}`;
    const publishAt = new Date('2030-02-09T12:00:00.000Z');
    const id = await aScheduledItem(tenant, publishAt);
    const clock = { now: new Date(publishAt.getTime() - 1_000) };
    const replicas = [aReplica(database.url, clock), aReplica(database.url, clock)];
    const tickTogether = () => Promise.all(replicas.map(({ scheduler }) => scheduler.tick()));
    const publications = async () => (await database.pool.query('SELECT data FROM events WHERE tenant_id = $1 AND event_type = $2', [tenant, ContentPublishedV1.type])).rows;

    try {
      await tickTogether();
      expect(await publications()).toEqual([]);

      clock.now = publishAt;
      await tickTogether();
      await tickTogether();
      clock.now = new Date(publishAt.getTime() + 60_000);
      await tickTogether();

      expect(await publications()).toEqual([{ data: expect.objectContaining({ contentItemId: id, publishedBy: CONTENT_CLOCK, publishedAt: publishAt.toISOString() }) }]);
    } finally {
      await Promise.all(replicas.map(({ pool }) => pool.end()));
    }
  });
});
