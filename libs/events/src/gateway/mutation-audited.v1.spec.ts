import { fromKafkaMessage } from '../envelope/kafka-binary-mode';
import { auditRecordMessage, MutationAuditedV1, type AuditRecordData } from './mutation-audited.v1';

const aRecord = (overrides: Partial<AuditRecordData> = {}): AuditRecordData => ({
  actor: 'apikey:k1',
  operationName: null,
  fields: ['issueApiKey'],
  targets: [{ argument: 'id', id: 'k2' }],
  result: 'FORBIDDEN',
  requestId: 'req-1',
  ...overrides,
});

// The gateway publishes, the access service consumes: both read this one contract.
describe(auditRecordMessage.name, () => {
  it('should be a CloudEvent keyed by tenant that reads back as the record', () => {
    const record = aRecord();
    const message = auditRecordMessage('demo', record, new Date('2026-11-01T10:00:00Z'));
    expect(message.key).toBe('demo');
    expect(fromKafkaMessage(message)).toMatchObject({ type: 'groundswell.gateway.MutationAudited.v1', tenantid: 'demo', subject: 'req-1', time: '2026-11-01T10:00:00.000Z', data: record });
  });

  it('should carry data the contract accepts', () => {
    const record = aRecord();
    expect(MutationAuditedV1.parse(fromKafkaMessage(auditRecordMessage('demo', record, new Date())).data)).toEqual(record);
  });
});

describe('the MutationAudited contract', () => {
  it('should refuse a record without the fields it called', () => {
    expect(MutationAuditedV1.schema.safeParse(aRecord({ fields: [] })).success).toBe(false);
  });
});
