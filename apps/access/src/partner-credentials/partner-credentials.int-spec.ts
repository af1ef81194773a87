import { KafkaNames } from '@groundswell/messaging';
import { createTopic, freshDatabase, testKafka, testKafkaBrokers } from '@groundswell/test-kit';
import { Kafka, logLevel, type KafkaConfig } from 'kafkajs';
import { createAccessDatabase } from '../testing/access-database';
import { aTenantId, anOwner } from '../testing/identities';
import { PartnerKafkaAccess } from './kafka/partner-kafka-access';
import { PartnerCredentialQueries } from './partner-credential.queries';
import { IssuePartnerCredentialUseCase } from './use-cases/issue-partner-credential.use-case';
import { RevokePartnerCredentialUseCase } from './use-cases/revoke-partner-credential.use-case';

// The broker's SASL/SCRAM listener for partners (deploy/local/infra/kafka-config.ts, ADR 0016).
const partnerBrokers = (process.env.KAFKA_PARTNER_BROKERS ?? '127.0.0.1:9094').split(',');

interface PartnerLogin {
  username: string;
  password: string;
}

/** What a partner writes: plain KafkaJS, the partner listener, the first record of a topic or the broker's refusal. */
async function firstRecordAsPartner(login: PartnerLogin | undefined, topic: string, groupId: string): Promise<string> {
  const config: KafkaConfig = { clientId: 'partner-test', brokers: partnerBrokers, logLevel: logLevel.NOTHING, retry: { retries: 0 } };
  if (login) config.sasl = { mechanism: 'scram-sha-512', ...login };
  const consumer = new Kafka(config).consumer({ groupId, retry: { retries: 0 } });
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no record on ${topic} within 30 s`)), 30_000);
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        clearTimeout(timer);
        reject(payload.error);
      });
      consumer
        .run({
          eachMessage: async ({ message }) => {
            clearTimeout(timer);
            resolve(message.value!.toString());
          },
        })
        .catch((error: unknown) => {
          clearTimeout(timer);
          reject(error);
        });
    });
  } finally {
    await consumer.disconnect().catch(() => undefined);
  }
}

describe('partner credentials on the broker', () => {
  const kafka = testKafka();
  const database = freshDatabase('file', () => createAccessDatabase('partner_credentials'));
  let issue: IssuePartnerCredentialUseCase;
  let revoke: RevokePartnerCredentialUseCase;
  let queries: PartnerCredentialQueries;

  beforeAll(() => {
    const access = new PartnerKafkaAccess(kafka, { brokers: testKafkaBrokers(), clientId: 'partner-credentials-test' });
    queries = new PartnerCredentialQueries(database.pool);
    issue = new IssuePartnerCredentialUseCase(database.pool, access, new KafkaNames(undefined));
    revoke = new RevokePartnerCredentialUseCase(database.pool, access, queries);
  });

  it('should let a partner read only its tenant\'s partner topics with its own groups, and nothing once revoked', async () => {
    const [tenant, otherTenant] = [aTenantId(), aTenantId()];
    const [ownTopic, otherTenantsTopic, internalTopic] = [`gs.partner.${tenant}.members.v1`, `gs.partner.${otherTenant}.members.v1`, `gs.${tenant}.internal`];
    const producer = kafka.producer();
    await producer.connect();
    for (const topic of [ownTopic, otherTenantsTopic, internalTopic]) {
      await createTopic(kafka, topic, 1);
      await producer.send({ topic, messages: [{ key: 'm-1', value: `record of ${topic}` }] });
    }
    await producer.disconnect();

    const { credentialId, password } = await issue.execute(anOwner(tenant), 'jd-shop');
    const credential = await queries.credential(tenant, credentialId);
    const login = { username: credential!.username, password: password! };
    expect(credential).toMatchObject({ partner: 'jd-shop', mechanism: 'SCRAM-SHA-512', topicPrefix: `gs.partner.${tenant}.`, revokedAt: null });

    await expect(firstRecordAsPartner(login, ownTopic, `${tenant}.jd-shop.feed`)).resolves.toBe(`record of ${ownTopic}`);
    await expect(firstRecordAsPartner(login, internalTopic, `${tenant}.jd-shop.feed`)).rejects.toMatchObject({ type: 'TOPIC_AUTHORIZATION_FAILED' });
    await expect(firstRecordAsPartner(login, otherTenantsTopic, `${tenant}.jd-shop.feed`)).rejects.toMatchObject({ type: 'TOPIC_AUTHORIZATION_FAILED' });
    await expect(firstRecordAsPartner(login, ownTopic, `${tenant}.another-partner.feed`)).rejects.toThrow(/coordinator|authoriz/i);
    await expect(firstRecordAsPartner(undefined, ownTopic, `${tenant}.jd-shop.other`)).rejects.toThrow();

    await revoke.execute(anOwner(tenant), credentialId);
    await expect(firstRecordAsPartner(login, ownTopic, `${tenant}.jd-shop.feed`)).rejects.toMatchObject({ name: 'KafkaJSSASLAuthenticationError' });
    expect((await queries.credential(tenant, credentialId))?.revokedAt).toBeInstanceOf(Date);
  });

  it('should keep the password nowhere but in the answer, and show it once for a retried request', async () => {
    const tenant = aTenantId();
    const first = await issue.execute(anOwner(tenant), 'crm-sync', 'issue-crm-1');
    const retried = await issue.execute(anOwner(tenant), 'crm-sync', 'issue-crm-1');
    expect(retried).toEqual({ credentialId: first.credentialId, password: null });
    const stored = await database.pool.query(
      `SELECT (SELECT count(*) FROM events WHERE data::text LIKE '%' || $1 || '%')::int
            + (SELECT count(*) FROM partner_credentials p WHERE row_to_json(p)::text LIKE '%' || $1 || '%')::int
            + (SELECT count(*) FROM idempotency_keys k WHERE row_to_json(k)::text LIKE '%' || $1 || '%')::int AS n`,
      [first.password],
    );
    expect(stored.rows[0].n).toBe(0);
    expect((await queries.credentials(tenant)).edges.map((edge) => edge.node.id)).toEqual([first.credentialId]);
  });

  it('should refuse a partner name that is not a slug without touching the broker, and another tenant\'s credential as not found', async () => {
    const [tenant, other] = [aTenantId(), aTenantId()];
    await expect(issue.execute(anOwner(tenant), 'JD Shop')).rejects.toMatchObject({ code: 'PARTNER_INVALID', category: 'BAD_USER_INPUT' });
    const { credentialId } = await issue.execute(anOwner(tenant), 'jd-shop');
    await expect(revoke.execute(anOwner(other), credentialId)).rejects.toMatchObject({ code: 'CREDENTIAL_NOT_FOUND', category: 'NOT_FOUND' });
    expect((await queries.credential(tenant, credentialId))?.revokedAt).toBeNull();
    await revoke.execute(anOwner(tenant), credentialId);
  });
});
