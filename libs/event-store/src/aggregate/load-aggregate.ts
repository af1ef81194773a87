import type { Decider } from '../decider/decider';
import { foldEvents } from '../decider/decider';
import { readStream, type Queryable } from '../store/event-store';
import type { NewEvent, StreamRef } from '../store/stored-event';

/** A stream folded into its decider's state, and the version an append must expect. */
export interface Aggregate<State> {
  stream: StreamRef;
  state: State;
  version: number;
}

/** One stream's part of an append: its new events, appended only if it is still at `expectedVersion`. */
export interface StreamAppend {
  stream: StreamRef;
  expectedVersion: number;
  events: readonly NewEvent[];
}

/** Reads `stream` and folds it with the decider (an empty stream gives the initial state at version 0). */
export async function loadAggregate<Event extends { type: string }, State>(
  db: Queryable,
  decider: Pick<Decider<never, Event, State>, 'evolve' | 'initialState'>,
  stream: StreamRef,
): Promise<Aggregate<State>> {
  const history = await readStream(db, stream.tenantId, stream.streamId);
  // A stream holds only the events its decider decided, so its history is that decider's event type.
  return { stream, state: foldEvents(decider, history as readonly unknown[] as readonly Event[]), version: history.length };
}

/** `events` decided on `aggregate`, to append at the version it was loaded at. */
export function appendTo(aggregate: Aggregate<unknown>, events: readonly NewEvent[]): StreamAppend {
  return { stream: aggregate.stream, expectedVersion: aggregate.version, events };
}
