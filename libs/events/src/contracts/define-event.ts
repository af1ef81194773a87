import { z } from 'zod';
import { createEnvelope, type EventMetadata } from '../envelope/create-envelope';
import { dataSchemaUri } from '../envelope/data-schema-uri';
import type { EventEnvelope } from '../envelope/event-envelope';
import { eventTypeName, type EventTypeName } from '../envelope/event-type';
import { EventContractError } from '../errors/event-contract-error';
import type { AnyEventDefinition, EventDataSchema, EventDefinition, EventUpcaster } from './event-definition';
import { renderJsonSchema } from './render-json-schema';

export interface EventSpecification<
  TService extends string,
  TName extends string,
  TVersion extends number,
  TSchema extends EventDataSchema,
  TPrevious extends AnyEventDefinition,
> {
  service: TService;
  /** PascalCase past tense, e.g. `MemberJoined`. */
  name: TName;
  version: TVersion;
  /** Shown to partners in the JSON Schema: say what happened, not how it is stored. */
  description: string;
  schema: TSchema;
  /** Required from version 2 on: turns data of version N-1 into data of this version. */
  upcastFrom?: EventUpcaster<TPrevious, z.input<TSchema>>;
}

export function defineEvent<
  TService extends string,
  TName extends string,
  TVersion extends number,
  TSchema extends EventDataSchema,
  TPrevious extends AnyEventDefinition = never,
>(
  specification: EventSpecification<TService, TName, TVersion, TSchema, TPrevious>,
): EventDefinition<EventTypeName<TService, TName, TVersion>, TSchema> {
  const { service, name, version, description, schema, upcastFrom } = specification;
  const type = eventTypeName(service, name, version);
  assertUpcasterFits(type, specification);
  const dataschema = dataSchemaUri({ service, name, version });

  type Data = z.output<TSchema>;
  const parse = (data: unknown): Data => {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    throw new EventContractError('INVALID_EVENT_DATA', `Invalid data for ${type}: ${z.prettifyError(result.error)}`, {
      type,
      issues: result.error.issues,
    });
  };

  return {
    type,
    service,
    name,
    version,
    description,
    schema,
    dataschema,
    ...(upcastFrom ? { upcastFrom } : {}),
    parse,
    is: (envelope: EventEnvelope): envelope is EventEnvelope<typeof type, Data> => envelope.type === type,
    create: (data: z.input<TSchema>, metadata: EventMetadata) =>
      createEnvelope({ ...metadata, type, data: parse(data) }),
    jsonSchema: () => renderJsonSchema(schema, { $id: dataschema, title: type, description }),
  };
}

interface UpcastTarget {
  service: string;
  name: string;
  version: number;
  upcastFrom?: EventUpcaster;
}

function assertUpcasterFits(type: string, { service, name, version, upcastFrom }: UpcastTarget): void {
  if (!upcastFrom) return;
  const previous = upcastFrom.event;
  if (previous.service !== service || previous.name !== name || previous.version !== version - 1) {
    throw new EventContractError(
      'INVALID_EVENT_DEFINITION',
      `${type} must upcast from groundswell.${service}.${name}.v${version - 1}, not from ${previous.type}`,
    );
  }
}
