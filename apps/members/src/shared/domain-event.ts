import type { AnyEventDefinition, DataOf } from '@groundswell/events';

/** What a decider emits for one event definition: its full type string and its data. */
export type DomainEventOf<TDefinition> = TDefinition extends AnyEventDefinition
  ? { type: TDefinition['type']; data: DataOf<TDefinition> }
  : never;

export function domainEvent<TDefinition extends AnyEventDefinition>(
  definition: TDefinition,
  data: DataOf<TDefinition>,
): DomainEventOf<TDefinition> {
  return { type: definition.type, data } as DomainEventOf<TDefinition>;
}
