/**
 * An aggregate as a pure decider: no I/O. `decide` returns the events a command causes or throws the
 * module's domain error; `evolve` folds one event into the state.
 */
export interface Decider<Command, Event extends { type: string }, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** Folds `events` into state with `evolve`, from the initial state or from `from`. */
export function foldEvents<Event extends { type: string }, State>(
  decider: Pick<Decider<never, Event, State>, 'evolve' | 'initialState'>,
  events: readonly Event[],
  from: State = decider.initialState(),
): State {
  return events.reduce((state, event) => decider.evolve(state, event), from);
}
