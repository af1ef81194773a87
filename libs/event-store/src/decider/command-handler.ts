import type { Pool, PoolClient } from 'pg';
import { EventStoreError } from '../store/event-store.error';
import type { NewEvent, StoredEvent, StreamRef } from '../store/stored-event';
import { withTransaction } from '../store/transaction';
import type { Decider } from './decider';

export interface CommandContext {
  correlationId?: string;
  causationId?: string;
  traceparent?: string;
  /** A retried request with the same key gets the first result and appends nothing. */
  idempotencyKey?: string;
}

export interface HandleCommandOptions<Command, Event extends NewEvent, State, Result> {
  decider: Decider<Command, Event, State>;
  stream: StreamRef;
  command: Command;
  /**
   * Recorded with the idempotency key so one key can't serve two commands; the command's `type` unless
   * named here.
   */
  commandName?: string;
  context?: CommandContext;
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

/** The name a command's idempotency key is recorded under: the one given, or the command's own `type`. */
export function commandNameOf(command: unknown, given?: string): string {
  const name = given ?? (command as { type?: unknown } | null)?.type;
  if (typeof name !== 'string' || name === '') throw new Error('A command without a string `type` needs a commandName');
  return name;
}
