import type { AuditRecordData } from '@groundswell/events';
import type { KafkaClient } from '@groundswell/messaging';
import { Registry } from 'prom-client';
import { AuditPublisher } from './audit-publisher';

const record: AuditRecordData = { actor: 'u1', operationName: null, fields: ['joinCommunity'], targets: [], result: 'ok', requestId: 'req-1' };

function fakeKafka(send: () => Promise<unknown>) {
  const sent: unknown[] = [];
  const kafka = {
    admin: () => ({ connect: async () => undefined, listTopics: async () => ['gs.audit.v1'], createTopics: async () => true, disconnect: async () => undefined }),
    producer: () => ({ connect: async () => undefined, disconnect: async () => undefined, send: async (batch: unknown) => (sent.push(batch), send()) }),
  } as unknown as KafkaClient;
  return { kafka, sent };
}

async function counted(registry: Registry, outcome: string): Promise<number> {
  const metric = await registry.getSingleMetric('gateway_audit_records_total')!.get();
  return metric.values.find((value) => value.labels.outcome === outcome)?.value ?? 0;
}

describe(AuditPublisher.name, () => {
  it('should publish a record to the audit topic and count it', async () => {
    const registry = new Registry();
    const { kafka, sent } = fakeKafka(async () => []);
    await new AuditPublisher(kafka, registry, () => undefined).publish('demo', record);
    expect(sent).toMatchObject([{ topic: 'gs.audit.v1', acks: -1, messages: [{ key: 'demo' }] }]);
    expect(await counted(registry, 'published')).toBe(1);
  });

  it('should never reject when Kafka fails, but log and count the lost record', async () => {
    const registry = new Registry();
    const logged: string[] = [];
    const { kafka } = fakeKafka(() => Promise.reject(new Error('broker down')));
    await expect(new AuditPublisher(kafka, registry, (_level, message) => logged.push(message)).publish('demo', record)).resolves.toBeUndefined();
    expect(await counted(registry, 'failed')).toBe(1);
    expect(logged).toEqual(['An audit record could not be published']);
  });
});
