import { auditRecordMessage } from '@groundswell/events';
import { ExactlyOnceConsumer, reliableProducerOptions, type KafkaProducer } from '@groundswell/messaging';
import { createTopic, eventually, testKafka, uniqueName, type TestDatabase } from '@groundswell/test-kit';
import { createAccessDatabase } from '../testing/access-database';
import { aTenantId } from '../testing/identities';
import { AuditLogQueries } from './audit-log.queries';
import { recordAuditEntry } from './record-audit-entry';

describe('audit pipeline from the audit topic to the audit log', () => {
  const kafka = testKafka('access-audit-test');
  let database: TestDatabase;
  let consumer: ExactlyOnceConsumer | undefined;
  let producer: KafkaProducer | undefined;

  beforeEach(async () => {
    database = await createAccessDatabase('audit_pipeline');
  });

  afterEach(async () => {
    await consumer?.stop();
    await producer?.disconnect();
    [consumer, producer] = [undefined, undefined];
    await database.drop();
  });

  it('should land every published record in its own tenant’s log', async () => {
    const topic = uniqueName('audit');
    await createTopic(kafka, topic, 3);
    const [tenant, other] = [aTenantId(), aTenantId()];
    producer = kafka.producer({ ...reliableProducerOptions });
    await producer.connect();
    const record = (index: number) => ({ actor: 'u1', operationName: null, fields: [`mutation${index}`], targets: [], result: 'ok', requestId: `req-${index}` });
    for (let index = 1; index <= 5; index++) {
      const message = auditRecordMessage(index === 3 ? other : tenant, record(index), new Date(Date.UTC(2026, 10, 1, 10, index)));
      await producer.send({ topic, acks: -1, messages: [message] });
    }

    consumer = new ExactlyOnceConsumer({ kafka, pool: database.pool, groupId: uniqueName('audit-log'), topics: [topic], handle: async (client, envelope) => void (await recordAuditEntry(client, envelope)) });
    await consumer.start();

    const queries = new AuditLogQueries(database.pool);
    await eventually(async () => {
      const log = await queries.auditLog(tenant, {});
      expect(log.edges.map((edge) => edge.node.fields[0])).toEqual(['mutation5', 'mutation4', 'mutation2', 'mutation1']);
    }, 60_000);
    expect((await queries.auditLog(other, {})).edges.map((edge) => edge.node.requestId)).toEqual(['req-3']);
  });
});
