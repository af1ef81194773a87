import { auditMessage, auditTopic as publishedTopic, mutationAuditedType as publishedType } from '../../../gateway/src/audit/audit-publisher';
import { fromKafkaMessage } from '@groundswell/events';
import { auditEntryDataSchema, auditTopic, mutationAuditedType } from './audit-entry';

// The gateway publishes, the access service consumes: both must mean the same record.
describe('the audit record contract', () => {
  it('should name the same topic and event type on both sides', () => {
    expect([publishedTopic, publishedType]).toEqual([auditTopic, mutationAuditedType]);
  });

  it('should accept every record the gateway builds', () => {
    const record = { actor: 'apikey:k1', operationName: null, fields: ['issueApiKey'], targets: [{ argument: 'id', id: 'k2' }], result: 'FORBIDDEN', requestId: 'req-1' };
    const envelope = fromKafkaMessage(auditMessage('demo', record, new Date()));
    expect(auditEntryDataSchema.parse(envelope.data)).toEqual(record);
  });

  it('should refuse a record without the fields it called', () => {
    expect(auditEntryDataSchema.safeParse({ actor: 'u1', operationName: null, fields: [], targets: [], result: 'ok', requestId: 'r' }).success).toBe(false);
  });
});
