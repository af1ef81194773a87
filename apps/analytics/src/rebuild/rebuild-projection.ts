import { randomBytes } from 'node:crypto';
import { withTransaction } from '@groundswell/event-store';
import type { Pool, PoolClient } from 'pg';
import { bumpAllTenantWatermarks } from '../cache/tenant-watermark';
import type { AnalyticsProjection, EventWindow } from './analytics-projection';
import { fenceIngestion } from './event-watermark';
import { createShadowIndexes, createShadowTables, dropShadowSchema, searchPathFirst, shadowSchemaName, swapInShadowTables } from './shadow-tables';

export interface RebuildOptions {
  /** Events (by ingest sequence) replayed per transaction. */
  batchSize?: number;
  /** Catch up outside the swap until at most this many events are left to apply inside it. */
  swapTail?: number;
  onProgress?: (progress: { projection: string; eventsReplayed: number; upToSeq: number }) => void;
}

export interface RebuildReport {
  projection: string;
  /** Events read by the bulk replay and the catch-up rounds. */
  eventsReplayed: number;
  /** Of which applied inside the swap transaction, with ingestion held off. */
  eventsAppliedAtSwap: number;
  /** The log position the new tables are exact to when swapped in. */
  upToSeq: number;
  shadowSchema: string;
}

const maxCatchUpRounds = 10;

/**
 * Rebuilds a projection online from the analytics log: replays it into shadow tables in large
 * set-based batches while the live consumer keeps projecting and queries keep reading the live
 * tables, catches up with what was ingested meanwhile, then — with ingestion fenced off — applies
 * the last events and swaps the shadow tables in, in one transaction. Every event lands in the new
 * tables exactly once: those at or below the fenced watermark by replay, later ones by the live
 * consumer, which can only commit after the swap.
 */
export async function rebuildProjection(pool: Pool, projection: AnalyticsProjection, options: RebuildOptions = {}): Promise<RebuildReport> {
  const batchSize = options.batchSize ?? 250_000;
  const swapTail = options.swapTail ?? 20_000;
  const { rows } = await pool.query<{ schema: string }>('SELECT current_schema() AS schema');
  const liveSchema = rows[0]!.schema;
  const shadowSchema = shadowSchemaName(projection.name, `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`);
  const replayInto = (client: PoolClient, window: EventWindow) =>
    client
      .query(searchPathFirst(shadowSchema, liveSchema))
      // Large windows aggregate in memory rather than spilling to disk.
      .then(() => client.query("SET LOCAL work_mem = '128MB'"))
      .then(() => projection.replay(client, window));

  await withTransaction(pool, (client) => createShadowTables(client, liveSchema, shadowSchema, projection.tables));
  try {
    let upToSeq = 0;
    let eventsReplayed = 0;
    for (let round = 0; round < maxCatchUpRounds; round++) {
      const target = await withTransaction(pool, fenceIngestion);
      if (round > 0 && target - upToSeq <= swapTail) break;
      while (upToSeq < target) {
        const window = { afterSeq: upToSeq, upToSeq: Math.min(target, upToSeq + batchSize) };
        eventsReplayed += await withTransaction(pool, (client) => replayInto(client, window));
        upToSeq = window.upToSeq;
        options.onProgress?.({ projection: projection.name, eventsReplayed, upToSeq });
      }
      if (round === 0) await withTransaction(pool, (client) => createShadowIndexes(client, liveSchema, shadowSchema, projection.tables));
    }
    const swapped = await withTransaction(pool, async (client) => {
      const tail = await fenceIngestion(client);
      const applied = await replayInto(client, { afterSeq: upToSeq, upToSeq: tail });
      await swapInShadowTables(client, liveSchema, shadowSchema, projection.tables);
      await bumpAllTenantWatermarks(client);
      return { tail, applied };
    });
    return {
      projection: projection.name,
      eventsReplayed: eventsReplayed + swapped.applied,
      eventsAppliedAtSwap: swapped.applied,
      upToSeq: swapped.tail,
      shadowSchema,
    };
  } catch (error) {
    await withTransaction(pool, (client) => dropShadowSchema(client, shadowSchema)).catch(() => undefined);
    throw error;
  }
}
