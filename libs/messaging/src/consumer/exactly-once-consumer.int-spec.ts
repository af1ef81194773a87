import { deadLetterTopic } from '@groundswell/events';
import { createTopic, eventually, produceEvents, testKafka, topicSize, uniqueName } from '@groundswell/test-kit';
import { Registry } from 'prom-client';
import { applyCounter, committedOffsets, counterEvent, counterTestBed, counterTotals, type CounterEvent } from './__fixtures__/counter.fixture';
import { ExactlyOnceConsumer } from './exactly-once-consumer';

const metricValue = async (registry: Registry, name: string, labels: Record<string, string>) => {
  const metric = (await registry.getMetricsAsJSON()).find((candidate) => candidate.name === name);
  const values = (metric?.values ?? []) as Array<{ value: number; labels: Record<string, string | number> }>;
  return values
    .filter((value) => Object.entries(labels).every(([key, wanted]) => String(value.labels[key]) === wanted))
    .reduce((sum, value) => sum + value.value, 0);
};

describe(ExactlyOnceConsumer.name, () => {
  const kafka = testKafka('exactly-once-consumer-test');
  const bed = counterTestBed('exactly_once');
  let consumer: ExactlyOnceConsumer;

  it('should apply every event exactly once when some are delivered more than once', async () => {
    const topic = uniqueName('exactly-once');
    const groupId = uniqueName('exactly-once-group');
    const registry = new Registry();
    await createTopic(kafka, topic, 3);
    const events = Array.from({ length: 600 }, (_, index) => counterEvent((index % 7) + 1, `counter-${index % 40}`));
    const resent = (from: CounterEvent[]) => from.filter((_, index) => index % 6 === 0);
    consumer = bed.consumer({ kafka, groupId, topics: [topic], handle: applyCounter, metrics: registry });
    await consumer.start();

    // Duplicates inside one batch, and duplicates of events applied long before.
    const [first, second] = [events.slice(0, 300), events.slice(300)];
    await produceEvents(kafka, topic, [...first, ...resent(first)]);
    await eventually(async () => expect((await counterTotals(bed.pool)).events).toBe(300), 60_000);
    await produceEvents(kafka, topic, [...second, ...resent(second), ...resent(first)]);
    const delivered = events.length + resent(first).length * 2 + resent(second).length;
    await eventually(async () => {
      const handled = await metricValue(registry, 'consumer_messages_total', { group: groupId });
      expect(handled).toBe(delivered);
    }, 60_000);

    const totals = await counterTotals(bed.pool);
    const duplicated = await metricValue(registry, 'consumer_messages_total', { group: groupId, outcome: 'duplicate' });
    const applied = await metricValue(registry, 'consumer_messages_total', { group: groupId, outcome: 'applied' });
    console.log(`delivered=${delivered} applied=${totals.rows} duplicated=${duplicated} lost=${events.length - totals.events}`);
    expect(await topicSize(kafka, topic)).toBe(delivered);
    expect(totals).toEqual({ rows: 600, events: 600, sum: events.reduce((sum, event) => sum + event.data.amount, 0) });
    expect(applied).toBe(600);
    expect(duplicated).toBe(delivered - 600);
    expect(await topicSize(kafka, deadLetterTopic(groupId))).toBe(0);
  });

  it('should make the topic it reads, before anyone publishes to it, and its dead-letter topic, then apply what is published', async () => {
    const topic = uniqueName('not-yet-published');
    const groupId = uniqueName('not-yet-published-group');
    consumer = bed.consumer({ kafka, groupId, topics: [topic], handle: applyCounter });
    await consumer.start();

    const admin = kafka.admin();
    await admin.connect();
    const topics = await admin.listTopics().finally(() => admin.disconnect());
    expect(topics).toEqual(expect.arrayContaining([topic, deadLetterTopic(groupId)]));
    await produceEvents(kafka, topic, [counterEvent(3), counterEvent(4)]);
    await eventually(async () => expect(await counterTotals(bed.pool)).toEqual({ rows: 2, events: 2, sum: 7 }), 60_000);
  });

  it('should report consumer lag and projection lag', async () => {
    const topic = uniqueName('consumer-lag');
    const groupId = uniqueName('consumer-lag-group');
    const registry = new Registry();
    await createTopic(kafka, topic, 1);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await produceEvents(kafka, topic, [counterEvent(1, 'lagging', anHourAgo), counterEvent(2, 'lagging', anHourAgo)]);
    consumer = bed.consumer({ kafka, groupId, topics: [topic], handle: applyCounter, metrics: registry });
    await consumer.start();

    await eventually(async () => expect(await metricValue(registry, 'consumer_messages_total', { outcome: 'applied' })).toBe(2), 60_000);
    const projectionLag = await metricValue(registry, 'consumer_projection_lag_seconds', { group: groupId });
    console.log(`delivered=2 applied=2 projection_lag_seconds=${projectionLag.toFixed(1)}`);
    expect(projectionLag).toBeGreaterThanOrEqual(3_600);
    expect(projectionLag).toBeLessThan(3_700);
    expect(await metricValue(registry, 'consumer_lag_messages', { group: groupId, topic, partition: '0' })).toBe(0);
  });

  it('should commit the offsets of everything applied when it stops, so a successor applies nothing twice', async () => {
    const topic = uniqueName('graceful-stop');
    const groupId = uniqueName('graceful-stop-group');
    await createTopic(kafka, topic, 3);
    const events = Array.from({ length: 200 }, (_, index) => counterEvent(1, `stream-${index % 10}`));
    let handled = 0;
    const slowly = async (...args: Parameters<typeof applyCounter>) => {
      handled += 1;
      await args[0].query('SELECT pg_sleep(0.01)');
      await applyCounter(...args);
    };
    consumer = bed.consumer({ kafka, groupId, topics: [topic], handle: slowly });
    await consumer.start();
    await produceEvents(kafka, topic, events);
    await eventually(() => expect(handled).toBeGreaterThan(20), 60_000);
    await consumer.stop();

    const appliedBeforeStop = (await counterTotals(bed.pool)).rows;
    const committed = await committedOffsets(kafka, groupId, topic);
    expect(committed).toBe(appliedBeforeStop);
    expect(appliedBeforeStop).toBeLessThan(events.length);

    const registry = new Registry();
    consumer = bed.consumer({ kafka, groupId, topics: [topic], handle: applyCounter, metrics: registry });
    await consumer.start();
    await eventually(async () => expect((await counterTotals(bed.pool)).rows).toBe(events.length), 60_000);
    const duplicated = await metricValue(registry, 'consumer_messages_total', { outcome: 'duplicate' });
    console.log(`delivered=${events.length} applied_before_stop=${appliedBeforeStop} committed_at_stop=${committed} duplicated=${duplicated}`);
    expect(duplicated).toBe(0);
    expect((await counterTotals(bed.pool)).events).toBe(events.length);
  });
});
