import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Kafka, logLevel } from 'kafkajs';
import { e2eBrokerTopic, eventually, expectingSuccess, gatewayClient } from '@groundswell/test-kit';

interface PartnerRecord {
  type: string;
  dataschema: string;
  key: string;
  data: Record<string, unknown>;
}

const schemaBase = 'https://schemas.groundswell.dev/events/';

const webhook = async (body: unknown, apiKey: string) => {
  const response = await fetch(`${process.env.GROUNDSWELL_E2E_GATEWAY!}/webhooks/campaigns/conversions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `ApiKey ${apiKey}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as any };
};

describe('conversions from a shop\'s webhook to the partner topic gs.partner.conversions.v1', () => {
  it('should record orders and refunds once per id, and give a partner each conversion, its attribution and its refund within the committed schemas', async () => {
    const tenant = `e2e-conversions-${randomUUID().slice(0, 8)}`;
    const owner = expectingSuccess(await gatewayClient(tenant));
    const apiKey = (
      await owner(`mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret } }`, { input: { name: '京东店铺订单同步', permissions: ['conversions:record'] } })
    ).issueApiKey.secret as string;
    const received: PartnerRecord[] = [];
    // What a partner writes: plain KafkaJS, its own group, CloudEvents binary mode.
    const consumer = new Kafka({ clientId: 'partner-e2e', brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING }).consumer({
      groupId: `partner-conversions-e2e-${randomUUID()}`,
    });
    await consumer.connect();
    await consumer.subscribe({ topic: e2eBrokerTopic('gs.partner.conversions.v1'), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const header = (name: string) => message.headers?.[name]?.toString();
        if (header('ce_tenantid') !== tenant) return;
        received.push({ type: header('ce_type')!, dataschema: header('ce_dataschema')!, key: message.key!.toString(), data: JSON.parse(message.value!.toString()) });
      },
    });
    try {
      const order = { externalOrderId: `jd-${randomUUID().slice(0, 8)}`, kind: 'purchase', memberId: randomUUID(), amountMinor: 12_900, currency: 'CNY', occurredAt: new Date().toISOString() };
      const body = { conversions: [order], refunds: [{ externalOrderId: order.externalOrderId, refundReference: 'rf-1', amountMinor: 2_900 }] };
      const [first, retried] = [await webhook(body, apiKey), await webhook(body, apiKey)];
      expect([first.status, retried.status]).toEqual([200, 200]);
      expect(retried.json).toEqual(first.json);
      const refused = await webhook({ conversions: [{ ...order, externalOrderId: 'jd-other', currency: 'rmb' }] }, apiKey);
      expect([refused.status, refused.json.code, refused.json.details.problems[0].path]).toEqual([400, 'BAD_USER_INPUT', 'conversions.0.currency']);

      await eventually(() => expect(received.map((record) => record.type)).toContain('groundswell.partner.ConversionReversed.v1'), 60_000, 500);
      // One record per fact, though the shop sent everything twice; one attribution per model.
      expect(received.map((record) => record.type)).toEqual([
        'groundswell.partner.ConversionRecorded.v1',
        ...Array(3).fill('groundswell.partner.ConversionAttributed.v1'),
        'groundswell.partner.ConversionReversed.v1',
      ]);
      expect(received.filter((record) => record.type.endsWith('ConversionAttributed.v1')).map((record) => record.data.model)).toEqual(['last_touch', 'first_touch', 'linear']);
      expect(received.find((record) => record.type.endsWith('ConversionRecorded.v1'))!.data).toMatchObject({ externalOrderId: order.externalOrderId, amountMinor: 12_900, memberId: order.memberId });
      expect(received.find((record) => record.type.endsWith('ConversionReversed.v1'))!.data).toMatchObject({ refundReference: 'rf-1', amountMinor: 2_900 });

      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      for (const record of received) {
        const schema = JSON.parse(readFileSync(`libs/events/schemas/${record.dataschema.slice(schemaBase.length)}`, 'utf8'));
        const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
        expect({ type: record.type, valid: validate(record.data), errors: validate.errors ?? null }).toEqual({ type: record.type, valid: true, errors: null });
        // No field a partner was not promised.
        expect(Object.keys(record.data).filter((field) => !(field in schema.properties))).toEqual([]);
        expect(record.key).toBe(record.data.conversionId);
      }
    } finally {
      await consumer.disconnect();
    }
  });
});
