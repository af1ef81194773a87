import type { EventEnvelope } from '../envelope/event-envelope';
import { EventContractError } from '../errors/event-contract-error';
import type { AnyEventDefinition, EventOf } from './event-definition';

type Newest = ReadonlyMap<string, AnyEventDefinition>;

/**
 * Every event definition a reader knows. `decode` validates an envelope's data and upcasts it to
 * the newest version of its event, so readers handle only the newest versions.
 */
export class EventRegistry<TDefinition extends AnyEventDefinition = AnyEventDefinition> {
  private byType = new Map<string, AnyEventDefinition>();
  private newestByName: Newest = new Map();

  constructor(definitions: readonly TDefinition[] = []) {
    this.register(...definitions);
  }

  /**
   * Adds definitions, all or none; throws INVALID_EVENT_DEFINITION when a type is defined twice or
   * an older version could not be upcast to the newest.
   */
  register<TMore extends AnyEventDefinition[]>(...definitions: TMore): EventRegistry<TDefinition | TMore[number]> {
    const byType = new Map(this.byType);
    for (const definition of definitions) {
      const known = byType.get(definition.type);
      if (known && known !== definition) {
        throw new EventContractError('INVALID_EVENT_DEFINITION', `${definition.type} is defined twice`);
      }
      byType.set(definition.type, definition);
    }
    const newestByName = newestVersions(byType.values());
    for (const definition of byType.values()) upcastPath(newestByName, definition);
    this.byType = byType;
    this.newestByName = newestByName;
    return this as EventRegistry<TDefinition | TMore[number]>;
  }

  definitions(): AnyEventDefinition[] {
    return [...this.byType.values()];
  }

  find(type: string): AnyEventDefinition | undefined {
    return this.byType.get(type);
  }

  /** Throws UNKNOWN_EVENT_TYPE. */
  get(type: string): AnyEventDefinition {
    const definition = this.byType.get(type);
    if (!definition) {
      throw new EventContractError('UNKNOWN_EVENT_TYPE', `No event definition is registered for ${type}`, { type });
    }
    return definition;
  }

  newestVersionOf(definition: AnyEventDefinition): AnyEventDefinition {
    return this.newestByName.get(familyKey(definition)) ?? definition;
  }

  /**
   * Validates `data` against the envelope's own type, then upcasts it step by step to the newest
   * version; the result carries the newest `type` and `dataschema`, every other attribute unchanged.
   * Throws UNKNOWN_EVENT_TYPE or INVALID_EVENT_DATA.
   */
  decode(envelope: EventEnvelope<string, unknown>): EventOf<TDefinition> {
    const written = this.get(envelope.type);
    const path = upcastPath(this.newestByName, written);
    let data: unknown = written.parse(envelope.data);
    for (const step of path) data = step.parse(step.upcastFrom!.upcast(data as never));
    const newest = path.at(-1) ?? written;
    return { ...envelope, type: newest.type, dataschema: newest.dataschema, data } as EventOf<TDefinition>;
  }
}

function familyKey(definition: AnyEventDefinition): string {
  return `${definition.service}.${definition.name}`;
}

function newestVersions(definitions: Iterable<AnyEventDefinition>): Newest {
  const newest = new Map<string, AnyEventDefinition>();
  for (const definition of definitions) {
    const known = newest.get(familyKey(definition));
    if (!known || known.version < definition.version) newest.set(familyKey(definition), definition);
  }
  return newest;
}

/** The definitions to upcast through, oldest first, to read `from` as the newest version. */
function upcastPath(newestByName: Newest, from: AnyEventDefinition): AnyEventDefinition[] {
  const newest = newestByName.get(familyKey(from)) ?? from;
  const path: AnyEventDefinition[] = [];
  let step = newest;
  while (step.version > from.version) {
    const upcaster = step.upcastFrom;
    if (!upcaster) {
      throw new EventContractError(
        'INVALID_EVENT_DEFINITION',
        `${from.type} cannot be read as ${newest.type}: ${step.type} has no upcastFrom`,
      );
    }
    path.unshift(step);
    step = upcaster.event;
  }
  return path;
}
