import type { EventTypeParts } from './event-type';

/**
 * Base of every `dataschema` URI and JSON Schema `$id`. The path below it mirrors
 * `libs/events/schemas/`, so publishing that folder at this base makes every URI resolvable.
 * Events store this URI forever: never change it.
 */
export const schemaBaseUri = 'https://schemas.groundswell.dev/events';

/** `<service>/<EventName>/v<N>.json`, relative to `libs/events/schemas/` and to {@link schemaBaseUri}. */
export function schemaFilePath({ service, name, version }: EventTypeParts): string {
  return `${service}/${name}/v${version}.json`;
}

export function dataSchemaUri(parts: EventTypeParts): string {
  return `${schemaBaseUri}/${schemaFilePath(parts)}`;
}
