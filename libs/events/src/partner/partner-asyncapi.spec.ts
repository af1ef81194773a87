import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from '@asyncapi/parser';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import { allEventDefinitions } from '../all-events';
import { defineEvent } from '../contracts/define-event';
import { partnerTopics, tenantPartnerTopic } from '../topics';
import { partnerAsyncApiPath, renderPartnerAsyncApi } from './partner-asyncapi';
import { partnerChannels } from './partner-channels';

const libraryDirectory = path.resolve(__dirname, '..', '..');
const committed = readFileSync(path.join(libraryDirectory, partnerAsyncApiPath), 'utf8');

interface Message {
  name: string;
  headers: Record<string, unknown>;
  payload: { schema: Record<string, unknown> };
  examples: Array<{ headers: Record<string, string>; payload: Record<string, unknown> }>;
}
const messages = Object.values((JSON.parse(committed) as { components: { messages: Record<string, Message> } }).components.messages);

describe('partner AsyncAPI document', () => {
  it('should validate with the official AsyncAPI parser, with every partner topic a channel', async () => {
    const { document, diagnostics } = await new Parser().parse(committed);
    // Severity 0 is an error, 1 a warning; 2 and 3 are information and hints.
    expect(diagnostics.filter((diagnostic) => diagnostic.severity < 2).map((diagnostic) => `${diagnostic.path.join('/')}: ${diagnostic.message}`)).toEqual([]);
    expect(document!.version()).toBe('3.0.0');
    // Each channel is the tenant's own copy of a partner topic, the one a partner login may read.
    const addresses = document!.channels().all().map((channel) => channel.address()!.replace('{tenant}', 'acme'));
    expect(addresses.sort()).toEqual(partnerChannels.map((channel) => tenantPartnerTopic('acme', channel.topic)).sort());
    expect(Object.values(partnerTopics)).toEqual(expect.arrayContaining(partnerChannels.map((channel) => channel.topic)));
  });

  it('should be what npm run events:schemas generates from the partner contracts today', () => {
    expect(committed).toBe(renderPartnerAsyncApi());
  });

  it('should notice a contract that changed without the document', () => {
    const [members] = partnerChannels;
    const erased = members!.messages.at(-1)!;
    const changed = defineEvent({ service: 'partner', name: 'MemberErased', version: 1, description: erased.contract.description, schema: z.object({ memberId: z.uuid(), reason: z.string() }) });
    const channels = [{ ...members!, messages: [...members!.messages.slice(0, -1), { contract: changed, example: { ...erased.example, reason: 'member_request' } }] }];
    expect(renderPartnerAsyncApi(channels)).not.toBe(committed);
  });

  it('should carry every partner contract with its committed JSON Schema', () => {
    const contracts = allEventDefinitions().filter((definition) => definition.service === 'partner');
    expect(messages.map((message) => message.name).sort()).toEqual(contracts.map((contract) => contract.type).sort());
    for (const contract of contracts) {
      const { $schema, ...schema } = JSON.parse(readFileSync(path.join(libraryDirectory, 'schemas', 'partner', contract.name, `v${contract.version}.json`), 'utf8'));
      expect({ type: contract.type, schema: messages.find((message) => message.name === contract.type)!.payload.schema }).toEqual({ type: contract.type, schema });
    }
  });

  it('should give examples whose headers and values satisfy their schemas', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const message of messages) {
      for (const example of message.examples) {
        const payload = ajv.compile({ ...message.payload.schema, $id: undefined });
        const headers = ajv.compile(message.headers);
        expect({ message: message.name, payload: payload(example.payload), headers: headers(example.headers), errors: [payload.errors, headers.errors] }).toEqual({
          message: message.name,
          payload: true,
          headers: true,
          errors: [null, null],
        });
      }
    }
  });
});
