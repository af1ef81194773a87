import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { AnalyticsProjection } from './analytics-projection';
import { RebuildError } from './rebuild.error';
import { dropAbandonedShadowSchemas } from './shadow-tables';
import { rebuildProjection, type RebuildOptions, type RebuildReport } from './rebuild-projection';
import { findRebuild, recordRebuildFinished, recordRebuildStarted, type RebuildRecord } from './rebuild-record';

// Any fixed key; one rebuild at a time per database, whichever process (CLI or service) starts it.
const rebuildLockKey = 7_100_423_505;

export interface StartedRebuild {
  record: RebuildRecord;
  /** Settles when this call's rebuild ends; absent when the idempotency key named an earlier one. */
  done?: Promise<RebuildReport>;
}

/**
 * Starts a recorded rebuild of `projection` and returns once it is recorded as running. Refuses
 * (REBUILD_IN_PROGRESS) while another rebuild holds the lock, in any process.
 */
export async function startRebuild(
  pool: Pool,
  projection: AnalyticsProjection,
  options: RebuildOptions & { idempotencyKey?: string | null } = {},
): Promise<StartedRebuild> {
  const lockHolder = await pool.connect();
  let locked = false;
  try {
    const { rows } = await lockHolder.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [rebuildLockKey]);
    locked = rows[0]!.locked;
    if (!locked) {
      // A retry of the request that started the running rebuild gets that rebuild, not a refusal.
      const earlier = options.idempotencyKey ? await findRebuild(pool, options.idempotencyKey) : undefined;
      if (earlier) return await answerRetry(earlier, projection, () => release(lockHolder, false));
      throw new RebuildError('REBUILD_IN_PROGRESS', 'Another projection rebuild is running; try again when it has finished');
    }
    await dropAbandonedShadowSchemas(lockHolder);
    const started = await recordRebuildStarted(pool, { rebuildId: randomUUID(), projection: projection.name, idempotencyKey: options.idempotencyKey });
    if (!started.created) return await answerRetry(started.record, projection, () => release(lockHolder, true));
    const done = (async () => {
      try {
        const report = await rebuildProjection(pool, projection, options);
        await recordRebuildFinished(pool, started.record.rebuildId, { eventsReplayed: report.eventsReplayed });
        return report;
      } catch (error) {
        await recordRebuildFinished(pool, started.record.rebuildId, { error: error instanceof Error ? error.message : String(error) });
        throw error;
      } finally {
        // Before `done` settles, so that the next rebuild can start as soon as it does.
        await release(lockHolder, true);
      }
    })();
    return { record: started.record, done };
  } catch (error) {
    await release(lockHolder, locked);
    throw error;
  }
}

async function answerRetry(earlier: RebuildRecord, projection: AnalyticsProjection, release: () => Promise<void>): Promise<StartedRebuild> {
  if (earlier.projection !== projection.name) {
    throw new RebuildError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key started a rebuild of another projection', { projection: earlier.projection });
  }
  await release();
  return { record: earlier };
}

async function release(client: PoolClient, locked: boolean): Promise<void> {
  try {
    if (locked) await client.query('SELECT pg_advisory_unlock($1)', [rebuildLockKey]);
    client.release();
  } catch {
    // A connection that cannot unlock is dropped, which releases its session locks too.
    client.release(true);
  }
}
