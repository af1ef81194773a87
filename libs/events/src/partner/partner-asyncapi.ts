import type { AnyEventDefinition } from '../contracts/event-definition';
import { createEnvelope } from '../envelope/create-envelope';
import { envelopeAttributesSchema } from '../envelope/envelope-attributes';
import { kafkaHeaderName } from '../envelope/kafka-headers';
import { toKafkaMessage } from '../envelope/kafka-binary-mode';
import { stableJson } from '../schemas/stable-json';
import { partnerChannels, type PartnerChannel } from './partner-channels';

/** Where the generated document is committed, relative to `libs/events/`. */
export const partnerAsyncApiPath = 'asyncapi/partners.asyncapi.json';

// What each CloudEvents attribute tells a partner; every attribute of the envelope needs a line.
const attributeDescriptions: Record<string, string> = {
  specversion: 'CloudEvents version, `1.0`.',
  id: 'Event id, stable per fact: a redelivered record carries the same id. Deduplicate by it.',
  source: '`/groundswell/partner`.',
  type: 'The contract: `groundswell.partner.<EventName>.v<N>`.',
  subject: 'The record key: the conversion id on conversion records, otherwise the member id.',
  time: 'When it happened (RFC 3339).',
  datacontenttype: '`application/json`; on Kafka the `content-type` header.',
  dataschema: 'URI of the JSON Schema of the value; the files are committed under `libs/events/schemas/`.',
  tenantid: 'The Groundswell tenant (the brand or organisation) the event belongs to.',
  streamversion: 'Position of the causing event in its Groundswell stream (decimal).',
  recordedtime: 'When Groundswell recorded it (RFC 3339); later than `time` for back-dated facts.',
  correlationid: 'Ties together everything one request caused.',
  causationid: 'Id of the internal event that caused this one.',
  traceparent: 'W3C trace context, when the cause was traced.',
};

function headersSchema(contract: AnyEventDefinition) {
  const attributes = Object.keys(envelopeAttributesSchema.shape);
  const optional = new Set(attributes.filter((attribute) => envelopeAttributesSchema.shape[attribute as keyof typeof envelopeAttributesSchema.shape].safeParse(undefined).success));
  const fixed: Record<string, string> = { specversion: '1.0', source: '/groundswell/partner', type: contract.type, datacontenttype: 'application/json', dataschema: contract.dataschema };
  const properties = Object.fromEntries(
    attributes.map((attribute) => {
      const description = attributeDescriptions[attribute];
      if (!description) throw new Error(`The AsyncAPI document has no description of the CloudEvents attribute "${attribute}"`);
      return [kafkaHeaderName(attribute), { type: 'string', description, ...(fixed[attribute] ? { const: fixed[attribute] } : {}) }];
    }),
  );
  return {
    type: 'object',
    description: 'CloudEvents 1.0 attributes as Kafka headers (Kafka protocol binding, binary mode).',
    properties,
    required: attributes.filter((attribute) => !optional.has(attribute)).map(kafkaHeaderName),
  };
}

/** The committed JSON Schema of a contract, as a payload: `$schema` moves to the schema format. */
function payloadSchema(contract: AnyEventDefinition) {
  const { $schema, ...schema } = contract.jsonSchema();
  return schema;
}

function exampleHeaders(contract: AnyEventDefinition, data: Record<string, unknown>) {
  const envelope = createEnvelope({
    id: '0193a4c3-0000-7000-8000-000000000001',
    type: contract.type,
    data,
    subject: String(data.conversionId ?? data.memberId ?? 'subject'),
    tenantid: 'demo',
    streamversion: 4,
    time: new Date('2026-11-01T08:00:00.000Z'),
    recordedtime: new Date('2026-11-01T08:00:00.120Z'),
    correlationid: '0193a4c2-ffff-7000-8000-000000000000',
    causationid: '0193a4c2-fffe-7000-8000-000000000000',
  });
  return toKafkaMessage(envelope).headers;
}

/**
 * Partners read their tenant's own copy of each partner topic (`tenantPartnerTopic`, ADR 0016):
 * `gs.partner.members.v1` → `gs.partner.{tenant}.members.v1`.
 */
export const tenantChannelAddress = (topic: string) => topic.replace(/^gs\.partner\./, 'gs.partner.{tenant}.');

const channelId = (channel: PartnerChannel) => channel.topic.replace(/^gs\.partner\./, '').replace(/\W+/g, '-');
const messageId = (contract: AnyEventDefinition) => `${contract.name}.v${contract.version}`;

/** The AsyncAPI 3.0 document of every partner topic, generated from the partner contracts. */
export function partnerAsyncApi(channels: readonly PartnerChannel[] = partnerChannels): Record<string, unknown> {
  const messages: Record<string, unknown> = {};
  const asyncChannels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (const channel of channels) {
    const id = channelId(channel);
    for (const { contract, example, key } of channel.messages) {
      const data = contract.parse(example) as Record<string, unknown>;
      messages[messageId(contract)] = {
        name: contract.type,
        title: `${contract.name} v${contract.version}`,
        summary: contract.description,
        contentType: 'application/json',
        headers: headersSchema(contract),
        payload: { schemaFormat: 'application/schema+json;version=draft-07', schema: payloadSchema(contract) },
        correlationId: { description: 'Everything one request caused shares it.', location: '$message.header#/ce_correlationid' },
        bindings: { kafka: { key: { type: 'string', description: key ?? channel.key }, bindingVersion: '0.5.0' } },
        externalDocs: { description: 'JSON Schema of the value', url: contract.dataschema },
        examples: [{ name: contract.name, summary: contract.description, headers: exampleHeaders(contract, data), payload: data }],
      };
    }
    asyncChannels[id] = {
      address: tenantChannelAddress(channel.topic),
      title: channel.title,
      description: `${channel.description} One topic per tenant, the copy of \`${channel.topic}\` a partner login may read.`,
      parameters: { tenant: { description: 'Your tenant id: the `topicPrefix` of your partner credential is `gs.partner.<tenant>.`.' } },
      messages: Object.fromEntries(channel.messages.map(({ contract }) => [messageId(contract), { $ref: `#/components/messages/${messageId(contract)}` }])),
    };
    operations[`receive-${id}`] = {
      action: 'receive',
      title: `Consume ${channel.topic}`,
      summary: 'Use your own consumer group; commit offsets after you stored a record; deduplicate by ce_id.',
      channel: { $ref: `#/channels/${id}` },
      messages: channel.messages.map(({ contract }) => ({ $ref: `#/channels/${id}/messages/${messageId(contract)}` })),
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Groundswell partner events',
      version: '1.0.0',
      description:
        'Public, versioned Kafka topics for partner platforms. Generated from the contracts in libs/events by `npm run events:schemas`; do not edit. ' +
        'Additive changes (a new optional field, a new event type) keep a topic; anything else ships as a new `.vN` topic beside it. Guide: docs/partners.md.',
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
    defaultContentType: 'application/json',
    servers: {
      local: {
        host: '127.0.0.1:9094',
        protocol: 'kafka',
        description: 'The partner listener of the local development broker (`npm run infra:up`); in a deployment, the `bootstrapServers` a credential is issued with.',
        security: [{ $ref: '#/components/securitySchemes/partnerLogin' }],
      },
    },
    channels: asyncChannels,
    operations,
    components: {
      messages,
      securitySchemes: {
        partnerLogin: {
          type: 'scramSha512',
          description: 'A partner credential issued by an owner (`issuePartnerCredential`): SASL user name and password, shown once.',
        },
      },
    },
  };
}

/** The document as committed: stable key order, so a regenerated document differs only where a contract did. */
export function renderPartnerAsyncApi(channels: readonly PartnerChannel[] = partnerChannels): string {
  return stableJson(partnerAsyncApi(channels));
}
