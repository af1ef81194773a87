import { validate as isUuid, version as uuidVersion } from 'uuid';
import { anEventMetadata, aMemberJoinedV1Data } from '../testing/event-factories';
import { createEnvelope } from './create-envelope';

const type = 'groundswell.members.MemberJoined.v1';

describe(createEnvelope.name, () => {
  it('should fill the CloudEvents attributes that follow from the type', () => {
    const envelope = createEnvelope({ ...anEventMetadata(), type, data: aMemberJoinedV1Data() });

    expect(envelope).toMatchObject({
      specversion: '1.0',
      source: '/groundswell/members',
      type,
      datacontenttype: 'application/json',
      dataschema: 'https://schemas.groundswell.dev/events/members/MemberJoined/v1.json',
    });
  });

  it('should give each event a fresh UUIDv7 id', () => {
    const first = createEnvelope({ ...anEventMetadata(), type, data: {} });
    const second = createEnvelope({ ...anEventMetadata(), type, data: {} });

    expect(isUuid(first.id) && uuidVersion(first.id)).toBe(7);
    expect(second.id).not.toBe(first.id);
  });

  it('should start a conversation when no correlation or causation is given', () => {
    const envelope = createEnvelope({ ...anEventMetadata(), type, data: {} });

    expect(envelope.correlationid).toBe(envelope.id);
    expect(envelope.causationid).toBe(envelope.id);
  });

  it('should default the causation to the correlation', () => {
    const envelope = createEnvelope({ ...anEventMetadata({ correlationid: 'request-42' }), type, data: {} });

    expect(envelope.causationid).toBe('request-42');
  });

  it('should record the time it was created when no recorded time is given', () => {
    const before = Date.now();
    const envelope = createEnvelope({ ...anEventMetadata(), type, data: {} });

    expect(Date.parse(envelope.recordedtime)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(envelope.recordedtime)).toBeLessThanOrEqual(Date.now());
  });

  it('should keep every attribute it is given', () => {
    const metadata = anEventMetadata({
      id: '01956b2a-7c00-7000-8000-000000000001',
      streamversion: 7,
      time: new Date('2025-02-28T23:59:59.000Z'),
      recordedtime: '2025-03-01T00:00:01.000+08:00',
      correlationid: 'request-42',
      causationid: '01956b2a-7c00-7000-8000-0000000000cc',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });

    const envelope = createEnvelope({ ...metadata, type, data: { memberId: 'm' } });

    expect(envelope).toMatchObject({
      id: metadata.id,
      subject: metadata.subject,
      tenantid: metadata.tenantid,
      streamversion: 7,
      time: '2025-02-28T23:59:59.000Z',
      recordedtime: '2025-03-01T00:00:01.000+08:00',
      correlationid: 'request-42',
      causationid: metadata.causationid,
      traceparent: metadata.traceparent,
      data: { memberId: 'm' },
    });
  });

  it('should leave traceparent out when there is none', () => {
    expect(createEnvelope({ ...anEventMetadata(), type, data: {} })).not.toHaveProperty('traceparent');
  });

  it.each([
    ['a time that is not RFC 3339', { time: 'yesterday' }],
    ['a negative stream version', { streamversion: -1 }],
    ['an empty tenant', { tenantid: '' }],
    ['an id that is not a UUID', { id: 'event-1' }],
    ['a malformed traceparent', { traceparent: 'trace-me' }],
  ])('should reject %s as MALFORMED_EVENT', (_, overrides) => {
    expect(() => createEnvelope({ ...anEventMetadata(overrides), type, data: {} })).toThrow(
      expect.objectContaining({ code: 'MALFORMED_EVENT' }),
    );
  });

  it('should reject a type that is not a Groundswell event type', () => {
    expect(() => createEnvelope({ ...anEventMetadata(), type: 'MemberJoined', data: {} })).toThrow(
      expect.objectContaining({ code: 'MALFORMED_EVENT' }),
    );
  });
});
