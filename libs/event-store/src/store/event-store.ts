import { currentTraceparent } from '@groundswell/messaging';
import type { Pool, PoolClient } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { EventStoreError } from './event-store.error';
import { EVENTS_CHANNEL } from './event-store.migrations';
import { eventColumns, toStoredEvent, type EventRow } from './event-rows';
import type { CommitPosition, EventMetadata, NewEvent, StoredEvent, StreamRef } from './stored-event';

export type Queryable = Pick<Pool | PoolClient, 'query'>;

/**
 * The readers in commit order (relay, replay, history) sort by transaction id, which PostgreSQL hands
 * out at a transaction's first write, not at its commit. A transaction that took its id before
 * another one appended to the stream, and appends after that one committed, would land a later
 * version under an earlier id and be read before it; the claim refuses it, and a retry runs under a
 * fresh, later id. `enforced` is a boolean parameter so appends to unordered fact streams skip it.
 */
export const streamClaim = (table: string, enforced: string) => `(NOT ${enforced}::boolean OR ${table}.last_transaction_id <= pg_current_xact_id())`;

/**
 * Appends to one stream if it is still at `expectedVersion` (0 = the stream must not exist yet) and no
 * later transaction has appended to it (`inCommitOrder`, see `streamClaim`). Call inside a transaction.
 */
export async function appendToStream(
  client: PoolClient,
  stream: StreamRef,
  expectedVersion: number,
  events: readonly NewEvent[],
  metadata: EventMetadata,
  { inCommitOrder = true } = {},
): Promise<StoredEvent[]> {
  if (events.length === 0) throw new EventStoreError('EMPTY_APPEND', 'Nothing to append');
  const nextVersion = expectedVersion + events.length;
  // The row lock on the stream serialises concurrent writers; the loser sees the new version and conflicts.
  const claimed =
    expectedVersion === 0
      ? await client.query(
          // A row at version 0 is a stream claimed by appendToStreamEnd and still empty.
          `INSERT INTO streams (tenant_id, stream_id, stream_type, version, last_transaction_id) VALUES ($1, $2, $3, $4, pg_current_xact_id())
           ON CONFLICT (tenant_id, stream_id) DO UPDATE SET version = EXCLUDED.version, last_transaction_id = greatest(streams.last_transaction_id, EXCLUDED.last_transaction_id), updated_at = now()
           WHERE streams.version = 0 AND streams.stream_type = EXCLUDED.stream_type AND ${streamClaim('streams', '$5')}`,
          [stream.tenantId, stream.streamId, stream.streamType, nextVersion, inCommitOrder],
        )
      : await client.query(
          `UPDATE streams SET version = $4, last_transaction_id = greatest(last_transaction_id, pg_current_xact_id()), updated_at = now()
           WHERE tenant_id = $1 AND stream_id = $2 AND stream_type = $3 AND version = $5 AND ${streamClaim('streams', '$6')}`,
          [stream.tenantId, stream.streamId, stream.streamType, nextVersion, expectedVersion, inCommitOrder],
        );
  if (claimed.rowCount !== 1) {
    throw new EventStoreError('STREAM_VERSION_CONFLICT', `Stream ${stream.streamId} is no longer at version ${expectedVersion}, or a later transaction wrote it`, {
      streamId: stream.streamId,
      expectedVersion,
    });
  }
  const ids = events.map(() => uuidv7());
  const inserted = await client.query<EventRow>(
    `INSERT INTO events (event_id, tenant_id, stream_id, stream_type, stream_version, event_type, data,
                         occurred_at, correlation_id, causation_id, traceparent)
     SELECT e.event_id, $1, $2, $3, e.stream_version, e.event_type, e.data, e.occurred_at, $4, COALESCE($5, e.event_id), $6
     FROM unnest($7::uuid[], $8::bigint[], $9::text[], $10::jsonb[], $11::timestamptz[])
          AS e(event_id, stream_version, event_type, data, occurred_at)
     RETURNING ${eventColumns}`,
    [
      stream.tenantId,
      stream.streamId,
      stream.streamType,
      metadata.correlationId,
      metadata.causationId ?? null,
      // The request's trace, so the relay and every consumer can continue it (DESIGN §3.1).
      metadata.traceparent ?? currentTraceparent() ?? null,
      ids,
      events.map((_, index) => expectedVersion + index + 1),
      events.map((event) => event.type),
      events.map((event) => JSON.stringify(event.data)),
      events.map((event) => (event.occurredAt ?? new Date()).toISOString()),
    ],
  );
  await client.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, stream.streamType]);
  return inserted.rows.map(toStoredEvent).sort((a, b) => a.streamVersion - b.streamVersion);
}

/**
 * Appends to the end of a stream whatever its version: for append-only streams of facts without
 * invariants (activity per community and day). Concurrent appenders queue on the stream row. Their
 * order among themselves means nothing unless `inCommitOrder` says it does (segment entries and
 * exits), so by default the append skips the commit-order claim.
 */
export async function appendToStreamEnd(
  client: PoolClient,
  stream: StreamRef,
  events: readonly NewEvent[],
  metadata: EventMetadata,
  { inCommitOrder = false } = {},
): Promise<StoredEvent[]> {
  const { rows } = await client.query<{ version: string }>(
    `INSERT INTO streams (tenant_id, stream_id, stream_type, version) VALUES ($1, $2, $3, 0)
     ON CONFLICT (tenant_id, stream_id) DO UPDATE SET updated_at = now()
     RETURNING version`,
    [stream.tenantId, stream.streamId, stream.streamType],
  );
  return appendToStream(client, stream, Number(rows[0].version), events, metadata, { inCommitOrder });
}

export async function readStream(db: Queryable, tenantId: string, streamId: string): Promise<StoredEvent[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT ${eventColumns} FROM events WHERE tenant_id = $1 AND stream_id = $2 ORDER BY stream_version`,
    [tenantId, streamId],
  );
  return rows.map(toStoredEvent);
}

/**
 * Committed events after `position`, in commit order. Only transactions older than every one still
 * running are visible (`pg_snapshot_xmin`), so an event whose transaction commits late is never
 * skipped: it is read after the reader's position, not lost behind it.
 */
export async function readAllCommitted(db: Queryable, after: CommitPosition, limit: number): Promise<StoredEvent[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT ${eventColumns} FROM events
     WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
       AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
     ORDER BY transaction_id, global_position
     LIMIT $3`,
    [after.transactionId.toString(), after.globalPosition.toString(), limit],
  );
  return rows.map(toStoredEvent);
}

export function positionOf(event: StoredEvent): CommitPosition {
  return { transactionId: event.transactionId, globalPosition: event.globalPosition };
}

/**
 * A tenant's committed events of some stream types after `after`, in commit order (as the relay
 * published them): for rebuilding a feed's history from the record of truth, a page at a time.
 */
export async function readTenantHistory(db: Queryable, tenantId: string, streamTypes: readonly string[], after: CommitPosition, limit: number): Promise<StoredEvent[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT ${eventColumns} FROM events
     WHERE tenant_id = $1 AND stream_type = ANY ($2) AND (transaction_id, global_position) > ($3::text::xid8, $4::bigint)
       AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
     ORDER BY transaction_id, global_position
     LIMIT $5`,
    [tenantId, streamTypes, after.transactionId.toString(), after.globalPosition.toString(), limit],
  );
  return rows.map(toStoredEvent);
}
