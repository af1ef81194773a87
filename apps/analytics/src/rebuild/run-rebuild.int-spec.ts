import { randomUUID } from 'node:crypto';
import { freshDatabase } from '@groundswell/test-kit';
import { createAnalyticsDatabase, ingestAll } from '../testing/analytics-database';
import { aMemberJoined, aTenantId } from '../testing/analytics-event.factories';
import type { AnalyticsProjection } from './analytics-projection';
import { rebuildableProjections } from './rebuildable-projections';
import { latestRebuilds } from './rebuild-record';
import { startRebuild } from './run-rebuild';

const membership = rebuildableProjections.find((projection) => projection.name === 'membership')!;

/** The membership projection, holding its replay until `open` is called. */
function aGatedProjection(): { projection: AnalyticsProjection; open: () => void } {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return { projection: { ...membership, replay: async (client, window) => (await gate, membership.replay(client, window)) }, open };
}

describe(startRebuild.name, () => {
  const database = freshDatabase('test', () => createAnalyticsDatabase('run_rebuild'));

  beforeEach(async () => {
    await ingestAll(database.pool, [aMemberJoined({ tenantId: aTenantId(), communityId: randomUUID(), at: '2025-03-01T09:00:00Z' })]);
  });

  it('should record a rebuild as running, then as completed with the events it replayed', async () => {
    const { record, done } = await startRebuild(database.pool, membership);
    expect(record.status).toBe('running');

    await done;

    expect(await latestRebuilds(database.pool)).toEqual([
      expect.objectContaining({ rebuildId: record.rebuildId, projection: 'membership', status: 'completed', eventsReplayed: 1 }),
    ]);
  });

  it('should answer a retry with the same idempotency key with the same rebuild, running or done', async () => {
    const { projection, open } = aGatedProjection();
    const first = await startRebuild(database.pool, projection, { idempotencyKey: 'k1' });

    const whileRunning = await startRebuild(database.pool, projection, { idempotencyKey: 'k1' });
    open();
    await first.done;
    const afterwards = await startRebuild(database.pool, projection, { idempotencyKey: 'k1' });

    expect(whileRunning).toEqual({ record: first.record });
    expect(afterwards.record.rebuildId).toBe(first.record.rebuildId);
    expect(afterwards.done).toBeUndefined();
  });

  it('should refuse a second rebuild while one runs, and start one once it has finished', async () => {
    const { projection, open } = aGatedProjection();
    const first = await startRebuild(database.pool, projection);

    await expect(startRebuild(database.pool, membership)).rejects.toMatchObject({ code: 'REBUILD_IN_PROGRESS', category: 'CONFLICT' });
    open();
    await first.done;
    const second = await startRebuild(database.pool, membership);

    await expect(second.done).resolves.toMatchObject({ projection: 'membership' });
  });

  it('should refuse an idempotency key that started a rebuild of another projection', async () => {
    await (await startRebuild(database.pool, membership, { idempotencyKey: 'k2' })).done;
    const communities = rebuildableProjections.find((projection) => projection.name === 'communities')!;

    await expect(startRebuild(database.pool, communities, { idempotencyKey: 'k2' })).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('should drop the shadow tables a crashed rebuild left behind', async () => {
    await database.pool.query('CREATE SCHEMA analytics_rebuild_membership_crashed; CREATE TABLE analytics_rebuild_membership_crashed.membership_daily (LIKE membership_daily)');

    await (await startRebuild(database.pool, membership)).done;

    const { rows } = await database.pool.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'analytics_rebuild%'`);
    expect(rows).toEqual([]);
  });
});
