import type { PoolClient } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import type { StreamAppend } from '../aggregate/load-aggregate';
import { EventStoreError } from './event-store.error';
import { EVENTS_CHANNEL } from './event-store.migrations';
import { streamClaim } from './event-store';
import type { EventMetadata, StoredEvent } from './stored-event';

/**
 * `appendToStream` for many streams at once, in a constant number of statements: every stream is
 * claimed at its expected version (one that moved on fails the whole call, like a single append)
 * and every event is inserted by one multi-row INSERT, in the order given. Call inside a transaction.
 */
export async function appendToStreams(client: PoolClient, appends: readonly StreamAppend[], metadata: EventMetadata): Promise<StoredEvent[][]> {
  const nonEmpty = appends.filter((append) => append.events.length > 0);
  if (nonEmpty.length === 0) return appends.map(() => []);
  if (new Set(nonEmpty.map(streamKey)).size !== nonEmpty.length) throw new Error('Each stream appears once in a multi-stream append');
  const [created, existing] = [nonEmpty.filter((append) => append.expectedVersion === 0), nonEmpty.filter((append) => append.expectedVersion > 0)];
  const claimed =
    (await claimNew(client, created)) +
    (await claimExisting(client, existing));
  if (claimed !== nonEmpty.length) {
    throw new EventStoreError('STREAM_VERSION_CONFLICT', `${nonEmpty.length - claimed} of ${nonEmpty.length} streams are no longer at their expected version, or a later transaction wrote them`, {
      streams: nonEmpty.length,
      moved: nonEmpty.length - claimed,
    });
  }
  const rows = nonEmpty.flatMap(({ stream, expectedVersion, events }) =>
    events.map((event, index) => ({ stream, version: expectedVersion + index + 1, event, id: uuidv7(), occurredAt: event.occurredAt ?? new Date() })),
  );
  // Only what the database assigns comes back: the data is already here, and parsing 40,000 JSON
  // payloads back costs more than the insert.
  const inserted = await client.query<{ global_position: string; transaction_id: string; event_id: string; recorded_at: Date; causation_id: string }>(
    `INSERT INTO events (event_id, tenant_id, stream_id, stream_type, stream_version, event_type, data,
                         occurred_at, correlation_id, causation_id, traceparent)
     SELECT e.event_id, e.tenant_id, e.stream_id, e.stream_type, e.stream_version, e.event_type, e.data, e.occurred_at, $1, COALESCE($2, e.event_id), $3
     FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::text[], $10::jsonb[], $11::timestamptz[])
          WITH ORDINALITY AS e(event_id, tenant_id, stream_id, stream_type, stream_version, event_type, data, occurred_at, ordinal)
     ORDER BY e.ordinal
     RETURNING global_position, transaction_id::text AS transaction_id, event_id, recorded_at, causation_id`,
    [
      metadata.correlationId,
      metadata.causationId ?? null,
      metadata.traceparent ?? null,
      rows.map((row) => row.id),
      rows.map((row) => row.stream.tenantId),
      rows.map((row) => row.stream.streamId),
      rows.map((row) => row.stream.streamType),
      rows.map((row) => row.version),
      rows.map((row) => row.event.type),
      rows.map((row) => JSON.stringify(row.event.data)),
      rows.map((row) => row.occurredAt.toISOString()),
    ],
  );
  for (const streamType of new Set(nonEmpty.map((append) => append.stream.streamType))) {
    await client.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, streamType]);
  }
  const assigned = new Map(inserted.rows.map((row) => [row.event_id, row]));
  const byStream = new Map<string, StoredEvent[]>();
  for (const row of rows) {
    const stored = assigned.get(row.id)!;
    const key = streamKey(row);
    const events = byStream.get(key) ?? [];
    byStream.set(key, events);
    events.push({
      globalPosition: BigInt(stored.global_position),
      transactionId: BigInt(stored.transaction_id),
      eventId: row.id,
      ...row.stream,
      streamVersion: row.version,
      type: row.event.type,
      data: row.event.data,
      occurredAt: row.occurredAt,
      recordedAt: stored.recorded_at,
      correlationId: metadata.correlationId,
      causationId: stored.causation_id,
      traceparent: metadata.traceparent ?? null,
    });
  }
  return appends.map((append) => (append.events.length ? (byStream.get(streamKey(append)) ?? []) : []));
}

async function claimNew(client: PoolClient, appends: readonly StreamAppend[]): Promise<number> {
  if (appends.length === 0) return 0;
  // A row at version 0 is a stream claimed by appendToStreamEnd and still empty.
  const { rowCount } = await client.query(
    `INSERT INTO streams (tenant_id, stream_id, stream_type, version, last_transaction_id)
     SELECT *, pg_current_xact_id() FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[])
     ON CONFLICT (tenant_id, stream_id) DO UPDATE SET version = EXCLUDED.version, last_transaction_id = greatest(streams.last_transaction_id, EXCLUDED.last_transaction_id), updated_at = now()
     WHERE streams.version = 0 AND streams.stream_type = EXCLUDED.stream_type AND ${streamClaim('streams', 'true')}`,
    columnsOf(appends),
  );
  return rowCount ?? 0;
}

async function claimExisting(client: PoolClient, appends: readonly StreamAppend[]): Promise<number> {
  if (appends.length === 0) return 0;
  const { rowCount } = await client.query(
    `UPDATE streams s SET version = c.next_version, last_transaction_id = greatest(s.last_transaction_id, pg_current_xact_id()), updated_at = now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[]) AS c(tenant_id, stream_id, stream_type, next_version, expected_version)
     WHERE s.tenant_id = c.tenant_id AND s.stream_id = c.stream_id AND s.stream_type = c.stream_type AND s.version = c.expected_version
       AND ${streamClaim('s', 'true')}`,
    [...columnsOf(appends), appends.map((append) => append.expectedVersion)],
  );
  return rowCount ?? 0;
}

const streamKey = ({ stream }: { stream: { tenantId: string; streamId: string } }) => `${stream.tenantId}\u0000${stream.streamId}`;

function columnsOf(appends: readonly StreamAppend[]) {
  return [
    appends.map(({ stream }) => stream.tenantId),
    appends.map(({ stream }) => stream.streamId),
    appends.map(({ stream }) => stream.streamType),
    appends.map(({ expectedVersion, events }) => expectedVersion + events.length),
  ];
}
