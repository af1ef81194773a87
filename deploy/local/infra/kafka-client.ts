// Talking to a broker with KafkaJS: is it there, and warming up a new cluster's coordinators.
import * as fs from 'node:fs';
import { Kafka, logLevel } from 'kafkajs';
import { portOpen, withTimeout } from './probes.ts';
import type { Paths } from './paths.ts';
import { splitHostPort } from './settings.ts';

/** True when the brokers answer the Kafka protocol (describeCluster + listTopics). */
export async function kafkaAnswers(brokers: string[]): Promise<boolean> {
  const first = splitHostPort(brokers[0], 9092);
  if (brokers.length === 1 && !(await portOpen(first.host, first.port))) return false;
  const kafka = new Kafka({
    clientId: 'groundswell-infra',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1_000,
    requestTimeout: 3_000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin({ retry: { retries: 0 } });
  const probe = async (): Promise<boolean> => {
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (cluster.brokers.length === 0 || cluster.controller === null) return false;
      await admin.listTopics();
      return true;
    } catch {
      return false;
    }
  };
  try {
    return await withTimeout(probe(), 6_000, false);
  } finally {
    await withTimeout(admin.disconnect().catch(() => undefined), 2_000, undefined);
  }
}

/**
 * On a brand-new cluster, __consumer_offsets and __transaction_state are created by the first
 * FindCoordinator requests, and clients log "coordinator is not available / loading" errors (then
 * retry) until they are loaded. Trigger that here so the first consumer group or producer of the
 * app or a test starts cleanly. Best effort; only run when those topics do not exist yet.
 */
export function needsWarmUp(p: Paths): boolean {
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(p.data);
  } catch {
    // unreadable: try anyway
  }
  return !['__consumer_offsets-', '__transaction_state-'].every((prefix) => entries.some((e) => e.startsWith(prefix)));
}

export async function warmUpCoordinators(brokers: string[]): Promise<void> {
  const kafka = new Kafka({ clientId: 'groundswell-infra', brokers, logLevel: logLevel.NOTHING, retry: { retries: 8, initialRetryTime: 200 } });
  const admin = kafka.admin();
  const producer = kafka.producer({ transactionalId: 'groundswell-infra-warmup', idempotent: true, maxInFlightRequests: 1 });
  try {
    await withTimeout(
      Promise.all([
        admin.connect().then(() => admin.describeGroups(['groundswell-infra-warmup'])),
        producer.connect().then(async () => {
          const tx = await producer.transaction(); // FindCoordinator(TRANSACTION) + InitProducerId
          await tx.abort();
        }),
      ]).catch(() => undefined),
      30_000,
      undefined,
    );
  } finally {
    await withTimeout(Promise.all([admin.disconnect(), producer.disconnect()]).catch(() => undefined), 3_000, undefined);
  }
}
