import type { PoolClient } from 'pg';

/** Events of the log with `afterSeq < ingest_seq <= upToSeq`, all committed (see event-watermark.ts). */
export interface EventWindow {
  afterSeq: number;
  upToSeq: number;
}

/**
 * A projection of the analytics log that can be rebuilt online. `replay` runs with the shadow
 * schema first on the search_path, so the unqualified table names it writes resolve to the shadow
 * tables while `analytics_events` still resolves to the live log. It must write only `tables`,
 * may be called for consecutive windows, and must leave the same rows as projecting the same
 * events one by one in the ingest transaction.
 */
export interface AnalyticsProjection {
  name: string;
  /** The tables it owns, in the order a swap locks them. */
  tables: readonly string[];
  /** Projects the window's events into the tables; returns how many events it read. */
  replay(client: PoolClient, window: EventWindow): Promise<number>;
}
