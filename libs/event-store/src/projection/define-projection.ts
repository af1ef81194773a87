import type { PoolClient } from 'pg';
import type { StoredEvent } from '../store/stored-event';

/** A read model the owning service updates in the same transaction as every append to the streams it follows. */
export interface InlineProjection {
  readonly name: string;
  apply(client: PoolClient, events: readonly StoredEvent[]): Promise<void>;
}

type AnyEvent = { type: string; data: unknown };

/** The stored form of the event of type `TType` in the union `TEvent`, with its data typed. */
export type ProjectedEvent<TEvent extends AnyEvent, TType extends TEvent['type'] = TEvent['type']> = StoredEvent<
  TType,
  Extract<TEvent, { type: TType }>['data']
>;

export type ProjectionHandlers<TEvent extends AnyEvent> = {
  [TType in TEvent['type']]?: (client: PoolClient, event: ProjectedEvent<TEvent, TType>) => Promise<unknown>;
};

/** Set-based handlers for runs of consecutive events of one type (a bulk append's thousands of joins). */
export type ProjectionBatchHandlers<TEvent extends AnyEvent> = {
  [TType in TEvent['type']]?: (client: PoolClient, events: ReadonlyArray<ProjectedEvent<TEvent, TType>>) => Promise<unknown>;
};

/**
 * A projection from one handler per event type it reads, each given the event with its data typed:
 *   defineProjection<CommunityEvent>('communities', { 'groundswell.members.CommunityCreated.v1': (client, event) => … })
 * Events without a handler are skipped. A batch handler, where given, takes a run of two or more
 * consecutive events of its type at once and must have the same effect as the single handler on each.
 */
export function defineProjection<TEvent extends AnyEvent>(
  name: string,
  handlers: ProjectionHandlers<TEvent>,
  batchHandlers: ProjectionBatchHandlers<TEvent> = {},
): InlineProjection {
  type Handler<T> = ((client: PoolClient, input: T) => Promise<unknown>) | undefined;
  return {
    name,
    async apply(client, events) {
      for (let start = 0; start < events.length; ) {
        const type = events[start].type as TEvent['type'];
        let end = start + 1;
        while (end < events.length && events[end].type === type) end++;
        const batch = batchHandlers[type] as Handler<readonly StoredEvent[]>;
        const handle = handlers[type] as Handler<StoredEvent>;
        if (batch && end - start > 1) await batch(client, events.slice(start, end));
        else for (let index = start; index < end; index++) await handle?.(client, events[index]);
        start = end;
      }
    },
  };
}
