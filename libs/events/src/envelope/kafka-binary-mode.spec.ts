import { anEnvelope } from '../testing/event-factories';
import { EventContractError } from '../errors/event-contract-error';
import { fromKafkaMessage, toKafkaMessage } from './kafka-binary-mode';

const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

function headersAsKafkaJsDeliversThem(headers: Record<string, string>): Record<string, Buffer> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Buffer.from(value)]));
}

function withoutHeader(name: string) {
  const { headers, ...message } = toKafkaMessage(anEnvelope());
  const { [name]: _removed, ...rest } = headers;
  return { ...message, headers: rest };
}

function malformedError(run: () => unknown): EventContractError {
  try {
    run();
  } catch (error) {
    if (error instanceof EventContractError && error.code === 'MALFORMED_EVENT') return error;
    throw error;
  }
  throw new Error('expected MALFORMED_EVENT, nothing was thrown');
}

describe(toKafkaMessage.name, () => {
  it('should map every attribute to its ce_ header and data to a JSON value keyed by subject', () => {
    const envelope = anEnvelope();

    const message = toKafkaMessage(envelope);

    expect(message.key).toBe(envelope.subject);
    expect(JSON.parse(message.value.toString('utf8'))).toEqual(envelope.data);
    expect(message.headers).toEqual({
      ce_specversion: '1.0',
      ce_id: envelope.id,
      ce_source: '/groundswell/members',
      ce_type: 'groundswell.members.MemberJoined.v1',
      ce_subject: envelope.subject,
      ce_time: envelope.time,
      ce_dataschema: 'https://schemas.groundswell.dev/events/members/MemberJoined/v1.json',
      ce_tenantid: 'tenant-acme',
      ce_streamversion: '3',
      ce_recordedtime: envelope.recordedtime,
      ce_correlationid: envelope.correlationid,
      ce_causationid: envelope.causationid,
      'content-type': 'application/json',
    });
  });

  it('should carry the trace context as the ce_traceparent extension and the W3C traceparent header', () => {
    const message = toKafkaMessage(anEnvelope({ traceparent }));

    expect(message.headers).toMatchObject({ ce_traceparent: traceparent, traceparent });
  });

  it('should encode data as UTF-8 JSON', () => {
    const message = toKafkaMessage(anEnvelope({ data: { name: '品牌粉丝群' } }));

    expect(message.value.toString('utf8')).toBe('{"name":"品牌粉丝群"}');
  });
});

describe(fromKafkaMessage.name, () => {
  it('should read back exactly the envelope that was written', () => {
    const envelope = anEnvelope({ traceparent });
    const { key, value, headers } = toKafkaMessage(envelope);

    expect(fromKafkaMessage({ key: Buffer.from(key), value, headers: headersAsKafkaJsDeliversThem(headers) })).toEqual(envelope);
  });

  it('should read string values and headers as well as buffers', () => {
    const envelope = anEnvelope();
    const message = toKafkaMessage(envelope);

    expect(fromKafkaMessage({ ...message, value: message.value.toString('utf8') })).toEqual(envelope);
  });

  it('should accept a header repeated with the same value', () => {
    const message = toKafkaMessage(anEnvelope());

    const envelope = fromKafkaMessage({ ...message, headers: { ...message.headers, ce_tenantid: ['tenant-acme', 'tenant-acme'] } });

    expect(envelope.tenantid).toBe('tenant-acme');
  });

  it('should accept a JSON content type with parameters', () => {
    const message = toKafkaMessage(anEnvelope());

    const envelope = fromKafkaMessage({ ...message, headers: { ...message.headers, 'content-type': 'application/json; charset=utf-8' } });

    expect(envelope.datacontenttype).toBe('application/json');
  });

  it('should ignore headers it does not know', () => {
    const envelope = anEnvelope();
    const message = toKafkaMessage(envelope);

    expect(fromKafkaMessage({ ...message, headers: { ...message.headers, ce_tracestate: 'x=1', 'x-retry': '2' } })).toEqual(envelope);
  });

  it.each([
    'ce_specversion',
    'ce_id',
    'ce_source',
    'ce_type',
    'ce_subject',
    'ce_time',
    'ce_dataschema',
    'ce_tenantid',
    'ce_streamversion',
    'ce_recordedtime',
    'ce_correlationid',
    'ce_causationid',
    'content-type',
  ])('should reject a message without %s, naming the header', (header) => {
    expect(malformedError(() => fromKafkaMessage(withoutHeader(header))).message).toContain(`missing header(s) ${header}`);
  });

  it('should name every missing header at once', () => {
    const { headers, ...message } = toKafkaMessage(anEnvelope());

    const error = malformedError(() => fromKafkaMessage({ ...message, headers: { 'content-type': headers['content-type'] } }));

    expect(error.details).toEqual({ missing: expect.arrayContaining(['ce_id', 'ce_type', 'ce_tenantid']) });
    expect(error.details?.missing).toHaveLength(12);
  });

  it('should reject a value that is not JSON', () => {
    const message = { ...toKafkaMessage(anEnvelope()), value: Buffer.from('{"memberId": ') };

    expect(malformedError(() => fromKafkaMessage(message)).message).toMatch(/value is not JSON/);
  });

  it('should reject a message without a value', () => {
    const message = { ...toKafkaMessage(anEnvelope()), value: null };

    expect(malformedError(() => fromKafkaMessage(message)).message).toMatch(/has no value/);
  });

  it('should reject a value that is not UTF-8', () => {
    const message = { ...toKafkaMessage(anEnvelope()), value: Buffer.from([0x22, 0xff, 0xfe, 0x22]) };

    expect(malformedError(() => fromKafkaMessage(message)).message).toMatch(/not valid UTF-8/);
  });

  it('should reject the structured content mode', () => {
    const message = toKafkaMessage(anEnvelope());
    const structured = { ...message, headers: { ...message.headers, 'content-type': 'application/cloudevents+json; charset=UTF-8' } };

    expect(malformedError(() => fromKafkaMessage(structured)).message).toMatch(/structured content mode/);
  });

  it('should reject data that is not JSON by content type', () => {
    const message = toKafkaMessage(anEnvelope());
    const avro = { ...message, headers: { ...message.headers, 'content-type': 'application/avro' } };

    expect(malformedError(() => fromKafkaMessage(avro)).message).toMatch(/content-type application\/avro/);
  });

  it.each([
    ['ce_streamversion', 'three'],
    ['ce_streamversion', '-1'],
    ['ce_time', 'yesterday'],
    ['ce_specversion', '0.3'],
    ['ce_type', 'MemberJoined'],
    ['ce_id', 'not-a-uuid'],
    ['ce_traceparent', 'not-a-trace'],
  ])('should reject %s = %s, naming the header', (header, value) => {
    const message = toKafkaMessage(anEnvelope());

    const error = malformedError(() => fromKafkaMessage({ ...message, headers: { ...message.headers, [header]: value } }));

    expect(error.message).toContain(`${header}:`);
  });

  it('should reject a header repeated with different values', () => {
    const message = toKafkaMessage(anEnvelope());
    const twoTenants = { ...message, headers: { ...message.headers, ce_tenantid: ['tenant-acme', 'tenant-other'] } };

    expect(malformedError(() => fromKafkaMessage(twoTenants)).message).toMatch(/ce_tenantid appears with 2 different values/);
  });
});
