import type { z } from 'zod';
import type { EventMetadata } from '../envelope/create-envelope';
import type { EventEnvelope } from '../envelope/event-envelope';

/** The schema of an event's `data`: always a JSON object. */
export type EventDataSchema = z.ZodObject;

export type JsonSchema = Record<string, unknown>;

/** How to read the previous version of an event as this one. */
export interface EventUpcaster<TFrom extends AnyEventDefinition = AnyEventDefinition, TData = unknown> {
  /** The definition one version older, same service and name. */
  readonly event: TFrom;
  upcast(previous: DataOf<TFrom>): TData;
}

export interface EventDefinition<TType extends string = string, TSchema extends EventDataSchema = EventDataSchema> {
  readonly type: TType;
  readonly service: string;
  readonly name: string;
  readonly version: number;
  readonly description: string;
  readonly schema: TSchema;
  /** URI of the committed JSON Schema; also each envelope's `dataschema`. */
  readonly dataschema: string;
  readonly upcastFrom?: EventUpcaster<AnyEventDefinition, z.input<TSchema>>;
  /** Validates `data`; throws INVALID_EVENT_DATA with the zod issues. */
  parse(data: unknown): z.output<TSchema>;
  /** Narrows an envelope to this exact type (after a registry decoded it). */
  is(envelope: EventEnvelope): envelope is EventEnvelope<TType, z.output<TSchema>>;
  /** A complete envelope with validated data. */
  create(data: z.input<TSchema>, metadata: EventMetadata): EventEnvelope<TType, z.output<TSchema>>;
  /** JSON Schema (draft 2020-12) of `data`, as committed under `libs/events/schemas/`. */
  jsonSchema(): JsonSchema;
}

export type AnyEventDefinition = EventDefinition<string, EventDataSchema>;

/** The validated `data` of an event definition. */
export type DataOf<TDefinition> =
  TDefinition extends EventDefinition<string, infer TSchema> ? z.output<TSchema> : never;

/** The envelope of an event definition; distributes over unions of definitions. */
export type EventOf<TDefinition> =
  TDefinition extends EventDefinition<infer TType, infer TSchema> ? EventEnvelope<TType, z.output<TSchema>> : never;
