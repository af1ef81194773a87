import { Pool, type PoolClient } from 'pg';
import { ProjectionRegistry, type ProjectionRegistrations } from '../projection/projection-registry';
import { positionOf, readAllCommitted } from '../store/event-store';
import { beforeAllEvents, type StoredEvent } from '../store/stored-event';
import { destroyDatabase, dumpDatabase, restoreDatabase } from './database-dump';
import { differingTables, fingerprint, type DatabaseFingerprint } from './table-fingerprint';

export interface BackupDrillOptions {
  /** The service's database. Stop the service first: what it writes after the dump is not in the backup. */
  databaseUrl: string;
  dumpFile: string;
  /** The service's inline projections and the tables they own, which the drill wipes and replays from the event log. */
  projections: ProjectionRegistrations;
  readModels: readonly string[];
  log?: (message: string) => void;
}

export interface BackupDrillReport {
  tables: number;
  events: number;
  /** Tables whose rows differ between before the dump and after the restore (none when the drill passes). */
  restoreDiffers: string[];
  /** Read models that differ from a rebuild from the restored event log (none when the drill passes). */
  rebuildDiffers: string[];
  /** Events after the restored relay checkpoint: the relay publishes them when the service starts. */
  unpublished: number;
  /**
   * False when the server's transaction ids are behind the restored events' (a logical dump restored
   * into another cluster): the relay reads in transaction-id order and would never publish new events.
   */
  transactionIdsAhead: boolean;
}

/**
 * The backup-and-restore drill (docs/operations.md): dump the database, destroy it, restore it, and
 * prove the restore identical, the read models equal to a replay of the restored event log, and
 * the outbox relay able to carry on from its restored checkpoint.
 */
export async function runBackupDrill(options: BackupDrillOptions): Promise<BackupDrillReport> {
  const log = options.log ?? (() => undefined);
  const before = await withPool(options.databaseUrl, (pool) => fingerprint(pool));
  log(`fingerprinted ${Object.keys(before).length} tables`);
  await dumpDatabase(options.databaseUrl, options.dumpFile);
  log(`dumped to ${options.dumpFile}`);
  await destroyDatabase(options.databaseUrl);
  log('database destroyed');
  await restoreDatabase(options.databaseUrl, options.dumpFile);
  log('database restored');
  return withPool(options.databaseUrl, async (pool) => {
    const after = await fingerprint(pool);
    const rebuilt = await rebuildReadModels(pool, options.projections, options.readModels);
    const relay = await relayState(pool);
    const report: BackupDrillReport = {
      tables: Object.keys(after).length,
      events: after.events?.rows ?? 0,
      restoreDiffers: differingTables(before, after),
      rebuildDiffers: differingTables(pick(after, options.readModels), rebuilt),
      ...relay,
    };
    log(`restore ${report.restoreDiffers.length ? `differs in ${report.restoreDiffers.join(', ')}` : 'identical'}; rebuild ${report.rebuildDiffers.length ? `differs in ${report.rebuildDiffers.join(', ')}` : 'identical'}`);
    return report;
  });
}

async function withPool<T>(databaseUrl: string, work: (pool: Pool) => Promise<T>): Promise<T> {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}

const pick = (all: DatabaseFingerprint, tables: readonly string[]): DatabaseFingerprint =>
  Object.fromEntries(tables.map((table) => [table, all[table]!]));

/**
 * Wipes the read models and replays every event through the projections, append by append in commit
 * order, inside a transaction it then rolls back: the restored database stays as it was.
 */
async function rebuildReadModels(pool: Pool, projections: ProjectionRegistrations, readModels: readonly string[]): Promise<DatabaseFingerprint> {
  const registry = new ProjectionRegistry(projections);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    if (readModels.length > 0) await client.query(`TRUNCATE ${readModels.map((table) => `"${table}"`).join(', ')}`);
    for (let page = await readAllCommitted(client, beforeAllEvents, 1_000); page.length > 0; ) {
      await replay(client, registry, page);
      page = await readAllCommitted(client, positionOf(page[page.length - 1]!), 1_000);
    }
    return await fingerprint(client, readModels);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}

/** An append is a run of one transaction's events on one stream; projections saw each append at once. */
async function replay(client: PoolClient, registry: ProjectionRegistry, events: readonly StoredEvent[]): Promise<void> {
  let run: StoredEvent[] = [];
  for (const event of events) {
    const previous = run[run.length - 1];
    if (previous && (previous.transactionId !== event.transactionId || previous.streamId !== event.streamId)) {
      await applyRun(client, registry, run);
      run = [];
    }
    run.push(event);
  }
  if (run.length > 0) await applyRun(client, registry, run);
}

// A replay that fails names the append it failed on, so the log can be inspected at that point.
async function applyRun(client: PoolClient, registry: ProjectionRegistry, run: readonly StoredEvent[]): Promise<void> {
  try {
    await registry.apply(client, run[0]!.streamType, run);
  } catch (error) {
    const where = run.map((event) => `${event.type} v${event.streamVersion} @${event.transactionId}/${event.globalPosition}`).join(', ');
    throw new Error(`Replay failed on stream ${run[0]!.streamId} (${where}): ${(error as Error).message}`, { cause: error });
  }
}

async function relayState(pool: Pool): Promise<Pick<BackupDrillReport, 'unpublished' | 'transactionIdsAhead'>> {
  const { rows } = await pool.query<{ unpublished: string; ahead: boolean }>(
    `SELECT (SELECT count(*) FROM events e WHERE NOT EXISTS (
              SELECT 1 FROM outbox_checkpoints c WHERE (e.transaction_id, e.global_position) <= (c.transaction_id, c.global_position))
            ) AS unpublished,
            pg_current_xact_id() > coalesce((SELECT max(transaction_id) FROM events), '0'::xid8) AS ahead`,
  );
  return { unpublished: Number(rows[0]!.unpublished), transactionIdsAhead: rows[0]!.ahead };
}
