import type { Pool, PoolClient } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { appendToStream, readStream } from '../store/event-store';
import { EventStoreError } from '../store/event-store.error';
import type { NewEvent, StoredEvent, StreamRef } from '../store/stored-event';
import { withTransaction } from '../store/transaction';
import { foldEvents, type Decider } from './decider';

import type { InlineProjection } from '../projection/inline-projection';

export interface CommandContext {
  correlationId?: string;
  causationId?: string;
  traceparent?: string;
  /** A retried request with the same key gets the first result and appends nothing. */
  idempotencyKey?: string;
}

export interface HandleCommandOptions<Command, Event extends NewEvent, State, Result> {
  pool: Pool;
  decider: Decider<Command, Event, State>;
  stream: StreamRef;
  command: Command;
  /** Name of the command, recorded with the idempotency key so one key can't serve two commands. */
  commandName: string;
  context?: CommandContext;
  projections?: readonly InlineProjection[];
  /** Only for commands whose decision is safe to recompute on fresher state (e.g. "add points"). */
  retryOnConflict?: boolean;
  result?: (outcome: { events: StoredEvent[]; state: State }) => Result;
}

export interface CommandOutcome<Result> {
  result: Result;
  events: StoredEvent[];
  /** True when an earlier request with the same idempotency key already did the work. */
  replayed: boolean;
}

const MAX_CONFLICT_ATTEMPTS = 20;

// Jittered, so writers that collided once don't collide again in lockstep.
const conflictBackoff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(5 * attempt, 50)));

export async function handleCommand<Command, Event extends NewEvent, State, Result = { version: number }>(
  options: HandleCommandOptions<Command, Event, State, Result>,
): Promise<CommandOutcome<Result>> {
  return inTransactionRetryingConflicts(options.pool, Boolean(options.retryOnConflict), (client) => handleCommandIn(client, options));
}

// unique_violation, serialization_failure, deadlock_detected: another transaction got there first.
const retriableSqlStates = new Set(['23505', '40001', '40P01']);

/** True for the errors a fresh attempt can resolve: a stream moved on, or a concurrent transaction won. */
export function isWriteConflict(error: unknown): boolean {
  if (error instanceof EventStoreError) return error.code === 'STREAM_VERSION_CONFLICT';
  return retriableSqlStates.has((error as { code?: string } | undefined)?.code ?? '');
}

/**
 * Runs `work` in a transaction; when it fails on a write conflict and `retry` is set, runs it again
 * on fresh state (the decision is recomputed, so this is safe only for commands that say so).
 */
export async function inTransactionRetryingConflicts<T>(pool: Pool, retry: boolean, work: (client: PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await withTransaction(pool, work);
    } catch (error) {
      if (!isWriteConflict(error) || !retry || attempt >= MAX_CONFLICT_ATTEMPTS) throw error;
      await conflictBackoff(attempt);
    }
  }
}

/** Loads, decides, appends and projects inside the caller's transaction (for use cases that read or write more in it). */
export async function handleCommandIn<Command, Event extends NewEvent, State, Result = { version: number }>(
  client: PoolClient,
  options: Omit<HandleCommandOptions<Command, Event, State, Result>, 'pool' | 'retryOnConflict'>,
): Promise<CommandOutcome<Result>> {
  const { stream, context = {} } = options;
  if (context.idempotencyKey) {
    const earlier = await claimIdempotencyKey(client, stream.tenantId, context.idempotencyKey, options.commandName);
    if (earlier) return { result: earlier.result as Result, events: [], replayed: true };
  }
  const history = await readStream(client, stream.tenantId, stream.streamId);
  const state = foldEvents(options.decider, history as unknown as Event[]);
  const decided = options.decider.decide(options.command, state);
  const correlationId = context.correlationId ?? uuidv7();
  const events = decided.length
    ? await appendToStream(client, stream, history.length, decided, { ...context, correlationId })
    : [];
  for (const projection of options.projections ?? []) if (events.length) await projection.apply(client, events, projection.table);
  const newState = foldEvents(options.decider, [...history, ...events] as unknown as Event[]);
  const result = options.result
    ? options.result({ events, state: newState })
    : ({ version: history.length + events.length } as Result);
  if (context.idempotencyKey) await recordIdempotentResult(client, stream.tenantId, context.idempotencyKey, result);
  return { result, events, replayed: false };
}

export async function recordIdempotentResult(client: PoolClient, tenantId: string, key: string, result: unknown): Promise<void> {
  await client.query('UPDATE idempotency_keys SET result = $3 WHERE tenant_id = $1 AND idempotency_key = $2', [
    tenantId,
    key,
    JSON.stringify(result ?? null),
  ]);
}

/** Keys are the client's own names for a request (a UUID is typical); anything longer is a mistake, not a name. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/**
 * Claims the key for this transaction. A concurrent request with the same key blocks on the insert
 * until the first commits (then sees its result) or rolls back (then claims the key itself).
 */
export async function claimIdempotencyKey(
  client: PoolClient,
  tenantId: string,
  key: string,
  commandName: string,
): Promise<{ result: unknown } | undefined> {
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new EventStoreError('IDEMPOTENCY_KEY_INVALID', `An idempotency key is at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`, { length: key.length });
  }
  const claimed = await client.query(
    `INSERT INTO idempotency_keys (tenant_id, idempotency_key, command) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id, idempotency_key) DO NOTHING`,
    [tenantId, key, commandName],
  );
  if (claimed.rowCount === 1) return undefined;
  const { rows } = await client.query<{ command: string; result: unknown }>(
    'SELECT command, result FROM idempotency_keys WHERE tenant_id = $1 AND idempotency_key = $2',
    [tenantId, key],
  );
  if (rows[0].command !== commandName) {
    throw new EventStoreError('IDEMPOTENCY_KEY_REUSED', `Idempotency key "${key}" was used for ${rows[0].command}`, { key });
  }
  return { result: rows[0].result };
}
