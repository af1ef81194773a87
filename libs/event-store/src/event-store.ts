import type { Pool, PoolClient } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { withIdempotency } from './aggregate/idempotency';
import { appendTo, loadAggregate, type StreamAppend } from './aggregate/load-aggregate';
import { commandNameOf, inTransactionRetryingConflicts, type CommandOutcome, type HandleCommandOptions } from './decider/command-handler';
import { foldEvents } from './decider/decider';
import { ProjectionRegistry, type ProjectionRegistrations } from './projection/projection-registry';
import { appendToStreams } from './store/append-streams';
import { appendToStream, appendToStreamEnd } from './store/event-store';
import type { EventMetadata, NewEvent, StoredEvent, StreamRef } from './store/stored-event';

/**
 * A service's event store: appends apply the projections registered for the stream's type in the
 * same transaction, so no caller lists them and no append can miss one.
 */
export class EventStore {
  private readonly projections: ProjectionRegistry;

  constructor(
    readonly pool: Pool,
    projections: ProjectionRegistrations = {},
  ) {
    this.projections = new ProjectionRegistry(projections);
  }

  /** Runs `work` in one transaction; with `retryOnConflict`, again on fresh state after a write conflict. */
  transaction<T>(work: (client: PoolClient) => Promise<T>, { retryOnConflict = false } = {}): Promise<T> {
    return inTransactionRetryingConflicts(this.pool, retryOnConflict, work);
  }

  /**
   * Appends to each stream at its expected version and projects, in the caller's transaction: one
   * stream that moved on fails the whole transaction, so the streams change together or not at all.
   * Returns the stored events of each append, in order; appends without events are skipped.
   */
  async append(client: PoolClient, appends: readonly StreamAppend[], metadata: EventMetadata): Promise<StoredEvent[][]> {
    const stored: StoredEvent[][] = [];
    for (const { stream, expectedVersion, events } of appends) {
      const appended = events.length ? await appendToStream(client, stream, expectedVersion, events, metadata) : [];
      await this.projections.apply(client, stream.streamType, appended);
      stored.push(appended);
    }
    return stored;
  }

  /**
   * `append` for many independent streams (thousands of new members) in a constant number of
   * statements. Projections get all events of a stream type at once, ordered by stream version: each
   * stream keeps its order, and events of different streams interleave, which is sound only when no
   * projection's effect for one of these streams depends on another's (so not for merges).
   */
  async appendMany(client: PoolClient, appends: readonly StreamAppend[], metadata: EventMetadata): Promise<StoredEvent[][]> {
    const stored = await appendToStreams(client, appends, metadata);
    const byType = new Map<string, StoredEvent[]>();
    for (const event of stored.flat()) {
      const events = byType.get(event.streamType) ?? [];
      byType.set(event.streamType, events);
      events.push(event);
    }
    for (const [streamType, events] of byType) {
      const ordered = events.sort((a, b) => a.streamVersion - b.streamVersion || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.globalPosition < b.globalPosition ? -1 : 1));
      await this.projections.apply(client, streamType, ordered);
    }
    return stored;
  }

  /** Appends to the end of an append-only stream of facts, whatever its version, and projects. */
  async appendToEnd(client: PoolClient, stream: StreamRef, events: readonly NewEvent[], metadata: EventMetadata): Promise<StoredEvent[]> {
    const appended = await appendToStreamEnd(client, stream, events, metadata);
    await this.projections.apply(client, stream.streamType, appended);
    return appended;
  }

  /** Loads, decides, appends and projects in a transaction of its own. */
  handle<Command, Event extends NewEvent, State, Result = { version: number }>(
    options: HandleCommandOptions<Command, Event, State, Result>,
  ): Promise<CommandOutcome<Result>> {
    return this.transaction((client) => this.handleIn(client, options), { retryOnConflict: options.retryOnConflict });
  }

  /** Loads, decides, appends and projects inside the caller's transaction (for use cases that read or write more in it). */
  async handleIn<Command, Event extends NewEvent, State, Result = { version: number }>(
    client: PoolClient,
    options: Omit<HandleCommandOptions<Command, Event, State, Result>, 'retryOnConflict'>,
  ): Promise<CommandOutcome<Result>> {
    const { decider, stream, context = {} } = options;
    let events: StoredEvent[] = [];
    const { result, replayed } = await withIdempotency(
      client,
      { tenantId: stream.tenantId, key: context.idempotencyKey, command: commandNameOf(options.command, options.commandName) },
      async () => {
        const aggregate = await loadAggregate(client, decider, stream);
        const decided = decider.decide(options.command, aggregate.state);
        [events] = await this.append(client, [appendTo(aggregate, decided)], { ...context, correlationId: context.correlationId ?? uuidv7() });
        const state = foldEvents(decider, decided, aggregate.state);
        return options.result ? options.result({ events, state }) : ({ version: aggregate.version + events.length } as Result);
      },
    );
    return { result, events, replayed };
  }
}
