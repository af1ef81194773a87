import { z } from 'zod';
import type { EventDataSchema, JsonSchema } from './event-definition';

export interface JsonSchemaHeading {
  $id: string;
  title: string;
  description: string;
}

/**
 * JSON Schema of the data as produced (zod's output side). `additionalProperties: false` is dropped:
 * an additive change must not make an older copy of the schema reject newer events.
 */
export function renderJsonSchema(schema: EventDataSchema, heading: JsonSchemaHeading): JsonSchema {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' });
  return { ...(withoutClosedObjects(generated) as JsonSchema), ...heading };
}

function withoutClosedObjects(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutClosedObjects);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, child]) => !(key === 'additionalProperties' && child === false))
      .map(([key, child]) => [key, withoutClosedObjects(child)]),
  );
}
