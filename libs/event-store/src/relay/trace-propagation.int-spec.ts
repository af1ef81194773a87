import { randomUUID } from 'node:crypto';
import { consumerMigrations, ExactlyOnceConsumer } from '@groundswell/messaging';
import type { Migration } from '@groundswell/service-kit';
import { createTestDatabase, createTopic, eventually, testKafka, uniqueName, type TestDatabase } from '@groundswell/test-kit';
import { SpanKind, trace } from '@opentelemetry/api';
import { NodeSDK, tracing } from '@opentelemetry/sdk-node';
import { appendToStream } from '../store/event-store';
import { eventStoreMigrations } from '../store/event-store.migrations';
import { withTransaction } from '../store/transaction';
import { OutboxRelay } from './outbox-relay';

const received: Migration = {
  name: 'test/0001-received',
  up: async (client) => void (await client.query('CREATE TABLE received (event_id uuid PRIMARY KEY, traceparent text)')),
};

describe('trace context through the event pipeline', () => {
  const exporter = new tracing.InMemorySpanExporter();
  const sdk = new NodeSDK({ spanProcessors: [new tracing.SimpleSpanProcessor(exporter)], instrumentations: [] });
  const kafka = testKafka('trace-propagation-test');
  const topic = uniqueName('traced');
  let source: TestDatabase;
  let sink: TestDatabase;
  let relay: OutboxRelay;
  let consumer: ExactlyOnceConsumer;

  beforeAll(async () => {
    sdk.start();
    [source, sink] = await Promise.all([
      createTestDatabase('trace_source', eventStoreMigrations),
      createTestDatabase('trace_sink', [...consumerMigrations, received]),
    ]);
    await createTopic(kafka, topic, 1);
  });

  afterAll(async () => {
    await Promise.allSettled([relay?.stop(), consumer?.stop()]);
    await Promise.allSettled([source?.drop(), sink?.drop(), sdk.shutdown()]);
  });

  it('should continue the appending request’s trace in the relay’s publish span and the consumer’s process span', async () => {
    relay = new OutboxRelay({ name: 'traced', pool: source.pool, databaseUrl: source.url, kafka, topicFor: () => topic, pollIntervalMs: 250 });
    consumer = new ExactlyOnceConsumer({
      kafka,
      groupId: uniqueName('traced-group'),
      topics: [topic],
      pool: sink.pool,
      handle: async (client, envelope) => void (await client.query('INSERT INTO received VALUES ($1, $2)', [envelope.id, envelope.traceparent ?? null])),
    });
    await consumer.start();
    relay.start();

    const { stored, appendedIn } = await trace.getTracer('test').startActiveSpan('request', async (span) => {
      try {
        const [event] = await withTransaction(source.pool, (client) =>
          appendToStream(client, { tenantId: 'acme', streamId: 'member-1', streamType: 'member' }, 0, [{ type: 'groundswell.members.MemberJoined.v1', data: {} }], {
            correlationId: randomUUID(),
          }),
        );
        return { stored: event!, appendedIn: span.spanContext() };
      } finally {
        span.end();
      }
    });
    expect(stored.traceparent).toBe(`00-${appendedIn.traceId}-${appendedIn.spanId}-01`);

    const spanNamed = (name: string) => exporter.getFinishedSpans().find((span) => span.name === name);
    await eventually(() => expect([spanNamed(`publish ${topic}`), spanNamed(`process ${topic}`)]).toEqual([expect.anything(), expect.anything()]), 60_000);
    const publish = spanNamed(`publish ${topic}`)!;
    const process = spanNamed(`process ${topic}`)!;
    expect(publish.kind).toBe(SpanKind.PRODUCER);
    expect(process.kind).toBe(SpanKind.CONSUMER);
    // One trace: request → publish (relay) → process (consumer), each the parent of the next.
    expect(publish.spanContext().traceId).toBe(appendedIn.traceId);
    expect(publish.parentSpanContext?.spanId).toBe(appendedIn.spanId);
    expect(process.spanContext().traceId).toBe(appendedIn.traceId);
    expect(process.parentSpanContext?.spanId).toBe(publish.spanContext().spanId);
    expect(process.attributes).toMatchObject({ 'messaging.message.id': stored.eventId, 'messaging.destination.name': topic });
    const { rows } = await sink.pool.query<{ traceparent: string }>('SELECT traceparent FROM received');
    expect(rows).toEqual([{ traceparent: `00-${publish.spanContext().traceId}-${publish.spanContext().spanId}-01` }]);
  });
});
