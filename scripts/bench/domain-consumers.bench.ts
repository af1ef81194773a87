import type { EventEnvelope } from '@groundswell/events';
import { reliableProducerOptions, type KafkaClient } from '@groundswell/messaging';
import { createTopic, testKafka, uniqueName } from '@groundswell/test-kit';
import type { Pool } from 'pg';
import { campaignsService } from '../../apps/campaigns/src/campaigns.service';
import { applyEligibilityFacts } from '../../apps/campaigns/src/eligibility/apply-fact-changes';
import { lifecycleActivityHandler } from '../../apps/members/src/lifecycle/lifecycle-automation';
import { partnerFeedBatchHandler } from '../../apps/members/src/partner-feed/partner-feed.handler';
import { segmentMembershipHandler } from '../../apps/members/src/segments/membership/segment-membership.handler';
import { recordKnownParties } from '../../apps/moderation/src/known-parties/record-known-party';
import { moderationService } from '../../apps/moderation/src/moderation.service';
import { consumeAll, produce, readOnly, withDatabase, type Handler } from './bench-topics';
import { throughput, type TargetRow } from './measure';
import { membersBenchWorld } from './members-bench-world';
import { profiled } from './profiling';

const targetPerSecond = 10_000;

interface BenchTopic {
  topic: string;
  events: readonly EventEnvelope[];
  /** What the events are, for the scenario name. */
  kind: string;
}

/**
 * Issue 15's "every other consumer" row: each service's own consumer handler, exactly once, on a
 * 3-partition bench topic of the events it consumes in production, beside KafkaJS reading the same
 * topic with no database in the same run. The members consumers share one database grown through
 * the members use cases (each its own consumer group); campaigns' eligibility replica and
 * moderation's known parties each get a fresh database of their service with the same member events.
 */
export async function benchDomainConsumers(total = 10_000): Promise<TargetRow[]> {
  const kafka = testKafka('groundswell-bench-domain-consumers');
  const world = await membersBenchWorld(total);
  try {
    const member: BenchTopic = { topic: uniqueName('bench-member'), events: world.memberEvents, kind: 'member' };
    const activity: BenchTopic = { topic: uniqueName('bench-activity'), events: world.activityEvents, kind: 'activity' };
    const partnerTopic = uniqueName('bench-partner');
    await Promise.all([member.topic, activity.topic, partnerTopic].map((topic) => createTopic(kafka, topic, 3)));
    for (const { topic, events } of [member, activity]) await produce(kafka, topic, events);
    const partnerProducer = kafka.producer(reliableProducerOptions);
    await partnerProducer.connect();
    const members = world.database.pool;
    try {
      return [
        await row(kafka, 'members: segments consumer', activity, (consume) => consume(members, { handle: segmentMembershipHandler })),
        await row(kafka, 'members: lifecycle consumer', activity, (consume) => consume(members, { handle: lifecycleActivityHandler(world.context.store) })),
        await row(kafka, 'members: partner feed consumer', member, (consume) => consume(members, { handleBatch: partnerFeedBatchHandler(partnerProducer, partnerTopic) })),
        await row(kafka, 'campaigns: eligibility replica consumer', member, (consume) =>
          withDatabase('bench_eligibility', campaignsService.migrations, (pool) => consume(pool, { handleBatch: applyEligibilityFacts })),
        ),
        await row(kafka, 'moderation: known parties consumer', member, (consume) =>
          withDatabase('bench_known_parties', moderationService.migrations, (pool) => consume(pool, { handleBatch: recordKnownParties })),
        ),
      ];
    } finally {
      await partnerProducer.disconnect();
    }
  } finally {
    await world.database.drop();
  }
}

type Consume = (pool: Pool, handler: Handler) => Promise<number>;

/** One consumer's figure and its baseline: a KafkaJS read of the same topic just before it. */
async function row(kafka: KafkaClient, figure: string, source: BenchTopic, run: (consume: Consume) => Promise<number>): Promise<TargetRow> {
  const { topic, events, kind } = source;
  const baseline = throughput(`${figure}: KafkaJS read, no database (baseline)`, events.length, await readOnly(kafka, topic, events.length));
  const seconds = await run((pool, handler) => profiled(figure, () => consumeAll(kafka, pool, topic, events.length, handler)));
  const measured = throughput(`${figure}: exactly-once, ${events.length.toLocaleString('en')} ${kind} events`, events.length, seconds);
  return { figure, measured, baseline, target: `≥ ${targetPerSecond.toLocaleString('en')} messages/s`, met: measured.perSecond >= targetPerSecond };
}
