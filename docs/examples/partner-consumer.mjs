// A partner's consumer of gs.partner.members.v1, plain KafkaJS: reads from a point in time (or where
// its group left off), checks each record against the committed JSON Schema, prints it.
//
//   node docs/examples/partner-consumer.mjs --group acme-crm --from 2026-11-01T00:00:00+08:00
//
// Options: --brokers (127.0.0.1:9092), --topic (gs.partner.members.v1), --group (required),
// --from (RFC 3339; omitted: the group's committed offsets, or the earliest record the first time).
// PARTNER_USERNAME / PARTNER_PASSWORD connect with SCRAM-SHA-512 (the partner listener, e.g. :9094).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Kafka, logLevel } from 'kafkajs';

const { values } = parseArgs({
  options: { brokers: { type: 'string', default: '127.0.0.1:9092' }, topic: { type: 'string', default: 'gs.partner.members.v1' }, group: { type: 'string' }, from: { type: 'string' } },
});
if (!values.group) throw new Error('--group is required: your own consumer group');

const sasl = process.env.PARTNER_USERNAME ? { mechanism: 'scram-sha-512', username: process.env.PARTNER_USERNAME, password: process.env.PARTNER_PASSWORD } : undefined;
const kafka = new Kafka({ clientId: values.group, brokers: values.brokers.split(','), sasl, logLevel: logLevel.WARN });

// ce_dataschema names the JSON Schema of the value; this repository commits them under libs/events/schemas/.
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
const schemaBase = 'https://schemas.groundswell.dev/events/';
const validatorFor = (uri) => ajv.getSchema(uri) ?? ajv.compile(JSON.parse(readFileSync(`libs/events/schemas/${uri.slice(schemaBase.length)}`, 'utf8')));

if (values.from) {
  // Before the group's consumers start: move its offsets to the first record at or after --from in
  // each partition (what kafka-consumer-groups --reset-offsets --to-datetime does).
  const admin = kafka.admin();
  await admin.connect();
  const partitions = await admin.fetchTopicOffsetsByTimestamp(values.topic, new Date(values.from).getTime());
  await admin.setOffsets({ groupId: values.group, topic: values.topic, partitions });
  await admin.disconnect();
}

const seen = new Set(); // deduplicate by ce_id: delivery is at least once
const consumer = kafka.consumer({ groupId: values.group });
await consumer.connect();
await consumer.subscribe({ topics: [values.topic], fromBeginning: true });
await consumer.run({
  eachMessage: async ({ partition, message }) => {
    const header = (name) => message.headers?.[name]?.toString();
    const id = header('ce_id');
    if (seen.has(id)) return;
    seen.add(id);
    const data = JSON.parse(message.value.toString());
    const validate = validatorFor(header('ce_dataschema'));
    const verdict = validate(data) ? 'valid' : `INVALID ${ajv.errorsText(validate.errors)}`;
    console.log(JSON.stringify({ partition, offset: message.offset, time: header('ce_time'), tenant: header('ce_tenantid'), type: header('ce_type'), id, data, verdict }));
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void consumer.disconnect().then(() => process.exit(0)));
