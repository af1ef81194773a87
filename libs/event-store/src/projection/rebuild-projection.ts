import type { Pool } from 'pg';
import { positionOf, readAllCommitted } from '../store/event-store';
import { beforeAllEvents, type CommitPosition } from '../store/stored-event';
import { withTransaction } from '../store/transaction';
import type { InlineProjection } from './inline-projection';

export interface RebuildReport {
  projection: string;
  eventsReplayed: number;
  shadowTable: string;
}

/**
 * Rebuilds a projection online: replays every event into a shadow table while the service keeps
 * writing and answering from the live one, then, with appends briefly locked out, applies the last
 * events and swaps the tables in one transaction. Readers never see a half-built table.
 */
export async function rebuildProjection(pool: Pool, projection: InlineProjection, batchSize = 1_000): Promise<RebuildReport> {
  const shadowTable = `${projection.table}__rebuild_${Date.now().toString(36)}`;
  await withTransaction(pool, (client) => projection.createTable(client, shadowTable));
  let position: CommitPosition = beforeAllEvents;
  let eventsReplayed = 0;
  for (;;) {
    const events = await readAllCommitted(pool, position, batchSize);
    if (events.length === 0) break;
    await withTransaction(pool, (client) => projection.apply(client, events, shadowTable));
    position = positionOf(events[events.length - 1]);
    eventsReplayed += events.length;
  }
  await withTransaction(pool, async (client) => {
    // Blocks new appends (they take ROW EXCLUSIVE) and waits for running ones, so the tail is complete.
    await client.query('LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE');
    for (;;) {
      const events = await readAllCommitted(client, position, batchSize, { writersLockedOut: true });
      if (events.length === 0) break;
      await projection.apply(client, events, shadowTable);
      position = positionOf(events[events.length - 1]);
      eventsReplayed += events.length;
    }
    const retired = `${projection.table}__retired`;
    await client.query(`ALTER TABLE ${projection.table} RENAME TO ${retired}`);
    await client.query(`ALTER TABLE ${shadowTable} RENAME TO ${projection.table}`);
    await client.query(`DROP TABLE ${retired}`);
  });
  return { projection: projection.name, eventsReplayed, shadowTable };
}
