import type { EventEnvelope } from '@groundswell/events';
import type { Pool, PoolClient } from 'pg';
import type { MessageOutcome } from './consumer-metrics';

/** Where the message being handled sits in Kafka. */
export interface MessageContext {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * Applies one event inside the consumer's transaction: write through `client` only, so the effect
 * commits (or rolls back) together with the record that the event was processed.
 */
export type EventHandler = (client: PoolClient, envelope: EventEnvelope, context: MessageContext) => Promise<void>;

/** One event of a batch and where it sits in Kafka. */
export interface ConsumedEvent {
  envelope: EventEnvelope;
  context: MessageContext;
}

/**
 * Applies the new events of a batch, in order, inside the consumer's transaction: write through
 * `client` only, so the effects commit (or roll back) together with the records that the events
 * were processed. Suits multi-row writes; a handler for single events is wrapped by {@link eachInOrder}.
 */
export type BatchEventHandler = (client: PoolClient, events: readonly ConsumedEvent[]) => Promise<void>;

/** Names the event of a batch whose handling failed, so the batch can split right at it. */
export class BatchMessageError extends Error {
  constructor(
    readonly index: number,
    cause: unknown,
  ) {
    super(`Event ${index} of the batch failed`, { cause });
    this.name = new.target.name;
  }
}

/** What the handler threw, without the batch's wrapping. */
export function handlerError(error: unknown): unknown {
  return error instanceof BatchMessageError ? error.cause : error;
}

/** A batch handler that hands each event to `handle` in turn, naming the one that fails. */
export function eachInOrder(handle: EventHandler): BatchEventHandler {
  return async (client, events) => {
    for (const [index, { envelope, context }] of events.entries()) {
      try {
        await handle(client, envelope, context);
      } catch (error) {
        throw new BatchMessageError(index, error);
      }
    }
  };
}

/**
 * Records every event of the batch as processed by `consumerGroup` and applies the ones it had not
 * processed yet, all in one transaction (DESIGN §6). An event seen before, or twice in the batch,
 * changes nothing the second time. A {@link BatchMessageError} names its index in `events`.
 */
export async function applyBatch(
  pool: Pool,
  consumerGroup: string,
  handle: BatchEventHandler,
  events: readonly ConsumedEvent[],
): Promise<MessageOutcome[]> {
  const client = await pool.connect();
  // A backend killed while we hold the client emits 'error' on it; unobserved, that would crash the process.
  let broken: Error | undefined;
  const onError = (error: Error) => void (broken ??= error);
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const fresh = await recordProcessed(client, consumerGroup, events);
    const applied = events.flatMap((_, index) => (fresh.has(index) ? [index] : []));
    try {
      if (applied.length > 0) await handle(client, applied.map((index) => events[index]!));
    } catch (error) {
      throw error instanceof BatchMessageError ? new BatchMessageError(applied[error.index]!, error.cause) : error;
    }
    await client.query('COMMIT');
    return events.map((_, index) => (fresh.has(index) ? 'applied' : 'duplicate'));
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => void (broken ??= rollbackError));
    throw error;
  } finally {
    client.off('error', onError);
    // Passing an error makes the pool discard the connection instead of reusing a dead one.
    client.release(broken);
  }
}

/** Indexes of the events recorded now; for an id twice in the batch, only its first occurrence. */
async function recordProcessed(client: PoolClient, consumerGroup: string, events: readonly ConsumedEvent[]): Promise<Set<number>> {
  const { rows } = await client.query<{ event_id: string }>(
    `INSERT INTO processed_messages (consumer_group, event_id, topic, partition, "offset")
     SELECT DISTINCT ON (event_id) $1, event_id, topic, partition, "offset"
     FROM unnest($2::uuid[], $3::text[], $4::int[], $5::bigint[]) WITH ORDINALITY AS m(event_id, topic, partition, "offset", position)
     ORDER BY event_id, position
     ON CONFLICT (consumer_group, event_id) DO NOTHING
     RETURNING event_id`,
    [
      consumerGroup,
      events.map(({ envelope }) => envelope.id),
      events.map(({ context }) => context.topic),
      events.map(({ context }) => context.partition),
      events.map(({ context }) => context.offset),
    ],
  );
  const recorded = new Set(rows.map((row) => row.event_id));
  const fresh = new Set<number>();
  for (const [index, { envelope }] of events.entries()) {
    // PostgreSQL answers uuids in lower case; ids are compared as it stored them.
    const id = envelope.id.toLowerCase();
    if (recorded.delete(id)) fresh.add(index);
  }
  return fresh;
}
