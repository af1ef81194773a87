import type { Decider } from '@groundswell/event-store';
import { createEventRegistry } from '@groundswell/events';
// The toolkit's spec helper is not exported from the package index yet; this is the one place that knows where it is.
import { deciderSpec } from '@groundswell/event-store/testing';

const registry = createEventRegistry();

/** Fails when an event does not satisfy its published contract, so specs can't drift from the schemas. */
export function expectContractValid(events: readonly { type: string; data: unknown }[]): void {
  for (const event of events) {
    const definition = registry.find(event.type);
    if (!definition) throw new Error(`No event definition for ${event.type}`);
    expect(() => definition.parse(event.data)).not.toThrow();
  }
}

/** `deciderSpec`, plus a contract check of every event given and expected. */
export function memberDeciderSpec<Command, Event extends { type: string; data: unknown }, State>(
  decider: Decider<Command, Event, State>,
) {
  const spec = deciderSpec(decider);
  return {
    given(history: Event[]) {
      expectContractValid(history);
      const given = spec.given(history);
      return {
        when(command: Command) {
          const when = given.when(command);
          return {
            then(expected: Event[]) {
              expectContractValid(expected);
              when.then(expected);
            },
            thenThrows: when.thenThrows,
          };
        },
      };
    },
  };
}
