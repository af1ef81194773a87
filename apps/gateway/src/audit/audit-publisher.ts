import { auditRecordMessage, auditTopic, type AuditRecordData } from '@groundswell/events';
import { ensureTopics, reliableProducerOptions, type KafkaClient, type KafkaProducer } from '@groundswell/messaging';
import { Counter, type Registry } from 'prom-client';

export type AuditLog = (level: 'warn' | 'error', message: string, extra: Record<string, unknown>) => void;

/**
 * Publishes audit records with KafkaJS's idempotent producer and its retries. Auditing never fails
 * the client's request: a record that can't be published is logged and counted
 * (`gateway_audit_records_total{outcome="failed"}`), and the response goes out regardless.
 */
export class AuditPublisher {
  private producer?: KafkaProducer;
  private connecting?: Promise<KafkaProducer>;
  private readonly pending = new Set<Promise<void>>();
  private readonly records: Counter<'outcome'>;

  constructor(
    private readonly kafka: KafkaClient,
    registry: Registry,
    private readonly log: AuditLog,
    private readonly topic = auditTopic,
  ) {
    this.records = new Counter({
      name: 'gateway_audit_records_total',
      help: 'Audit records of mutations by outcome of publishing them to Kafka',
      labelNames: ['outcome'] as const,
      registers: [registry],
    });
  }

  /** Never rejects; resolves once the record is on Kafka or given up on. */
  publish(tenantId: string, data: AuditRecordData, at = new Date()): Promise<void> {
    const sent = this.send(tenantId, data, at).finally(() => this.pending.delete(sent));
    this.pending.add(sent);
    return sent;
  }

  /** For shutdown: waits for records in flight, then disconnects. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.pending]);
    await this.producer?.disconnect().catch(() => undefined);
  }

  private async send(tenantId: string, data: AuditRecordData, at: Date): Promise<void> {
    try {
      const producer = await this.connected();
      await producer.send({ topic: this.topic, acks: -1, messages: [auditRecordMessage(tenantId, data, at)] });
      this.records.inc({ outcome: 'published' });
    } catch (error) {
      this.records.inc({ outcome: 'failed' });
      this.log('error', 'An audit record could not be published', {
        tenantId,
        requestId: data.requestId,
        fields: data.fields,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private connected(): Promise<KafkaProducer> {
    if (this.producer) return Promise.resolve(this.producer);
    this.connecting ??= (async () => {
      await ensureTopics(this.kafka, [this.topic], (message, extra) => this.log('warn', message, extra));
      const producer = this.kafka.producer({ ...reliableProducerOptions, retry: { retries: 8 } });
      await producer.connect();
      this.producer = producer;
      return producer;
    })().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }
}
