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

/**
 * A projection from one handler per event type it reads, each given the event with its data typed:
 *   defineProjection<CommunityEvent>('communities', { 'groundswell.members.CommunityCreated.v1': (client, event) => … })
 * Events without a handler are skipped.
 */
export function defineProjection<TEvent extends AnyEvent>(name: string, handlers: ProjectionHandlers<TEvent>): InlineProjection {
  return {
    name,
    async apply(client, events) {
      for (const event of events) {
        const handle = handlers[event.type as TEvent['type']] as ((client: PoolClient, event: StoredEvent) => Promise<unknown>) | undefined;
        await handle?.(client, event);
      }
    },
  };
}
