import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { EventContractError } from '../errors/event-contract-error';
import { MemberJoinedV1 } from '../members/member-joined.v1';
import { aMemberJoinedV1Data, anEnvelope, anEventMetadata } from '../testing/event-factories';
import { defineEvent } from './define-event';
import type { DataOf, EventOf } from './event-definition';

function invalidDataError(run: () => unknown): EventContractError {
  try {
    run();
  } catch (error) {
    if (error instanceof EventContractError && error.code === 'INVALID_EVENT_DATA') return error;
    throw error;
  }
  throw new Error('expected INVALID_EVENT_DATA, nothing was thrown');
}

describe(defineEvent.name, () => {
  it('should name the event by service, name and version', () => {
    expect(MemberJoinedV1).toMatchObject({
      type: 'groundswell.members.MemberJoined.v1',
      service: 'members',
      name: 'MemberJoined',
      version: 1,
      dataschema: 'https://schemas.groundswell.dev/events/members/MemberJoined/v1.json',
    });
  });

  it('should parse valid data into typed data, dropping unknown fields', () => {
    const data = aMemberJoinedV1Data();

    const parsed: DataOf<typeof MemberJoinedV1> = MemberJoinedV1.parse({ ...data, nickname: 'Ann' });

    expect(parsed).toEqual(data);
  });

  it('should reject invalid data with INVALID_EVENT_DATA and every zod issue', () => {
    const error = invalidDataError(() => MemberJoinedV1.parse(aMemberJoinedV1Data({ memberId: 'm-1', platform: 'myspace' })));

    expect(error.message).toContain('groundswell.members.MemberJoined.v1');
    expect(error.details?.issues).toEqual([
      expect.objectContaining({ path: ['memberId'] }),
      expect.objectContaining({ path: ['platform'] }),
    ]);
  });

  it('should create a complete envelope with validated data', () => {
    const metadata = anEventMetadata({ streamversion: 4 });
    const data = aMemberJoinedV1Data();

    const event: EventOf<typeof MemberJoinedV1> = MemberJoinedV1.create({ ...data, extra: true } as typeof data, metadata);

    expect(event).toMatchObject({
      type: MemberJoinedV1.type,
      dataschema: MemberJoinedV1.dataschema,
      subject: metadata.subject,
      tenantid: metadata.tenantid,
      streamversion: 4,
      data,
    });
  });

  it('should refuse to create an event with invalid data', () => {
    expect(() => MemberJoinedV1.create(aMemberJoinedV1Data({ channel: '' }), anEventMetadata())).toThrow(
      expect.objectContaining({ code: 'INVALID_EVENT_DATA' }),
    );
  });

  it('should recognise envelopes of its own type only', () => {
    expect(MemberJoinedV1.is(anEnvelope({ type: MemberJoinedV1.type }))).toBe(true);
    expect(MemberJoinedV1.is(anEnvelope({ type: 'groundswell.members.MemberJoined.v2' }))).toBe(false);
  });

  it('should describe its data as an open JSON Schema named by its dataschema URI', () => {
    expect(MemberJoinedV1.jsonSchema()).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: MemberJoinedV1.dataschema,
      title: MemberJoinedV1.type,
      description: MemberJoinedV1.description,
      type: 'object',
      required: ['memberId', 'communityId', 'platform', 'channel'],
    });
    expect(JSON.stringify(MemberJoinedV1.jsonSchema())).not.toContain('"additionalProperties":false');
  });

  it('should refuse an upcaster that does not come from the previous version', () => {
    const define = () =>
      defineEvent({
        service: 'members',
        name: 'MemberJoined',
        version: 3,
        description: 'Skips a version.',
        schema: z.object({ memberId: z.uuid() }),
        upcastFrom: { event: MemberJoinedV1, upcast: ({ memberId }) => ({ memberId }) },
      });

    expect(define).toThrow(expect.objectContaining({ code: 'INVALID_EVENT_DEFINITION' }));
  });

  it('should refuse a schema that JSON Schema cannot express', () => {
    const WithDate = defineEvent({
      service: 'members',
      name: 'PointsExpired',
      version: 1,
      description: 'Uses a Date, which JSON cannot carry.',
      schema: z.object({ memberId: z.uuid(), expiredAt: z.date() }),
    });

    expect(() => WithDate.jsonSchema()).toThrow();
    expect(WithDate.parse({ memberId: randomUUID(), expiredAt: new Date() })).toBeDefined();
  });
});
