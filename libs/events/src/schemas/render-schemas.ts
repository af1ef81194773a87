import { allEventDefinitions } from '../all-events';
import type { AnyEventDefinition } from '../contracts/event-definition';
import { schemaFilePath } from '../envelope/data-schema-uri';
import { stableJson } from './stable-json';

export interface RenderedSchema {
  /** The event type the schema describes. */
  type: string;
  /** Relative to `libs/events/schemas/`: `<service>/<EventName>/v<N>.json`. */
  path: string;
  json: string;
}

/** The JSON Schema file of every definition, as it must be committed. */
export function renderSchemas(definitions: readonly AnyEventDefinition[] = allEventDefinitions()): RenderedSchema[] {
  return definitions.map((definition) => ({
    type: definition.type,
    path: schemaFilePath(definition),
    json: stableJson(definition.jsonSchema()),
  }));
}
