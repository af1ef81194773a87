// The only module that imports kafkajs (request-queue-timer.ts patches one of its timers): swapping in @confluentinc/kafka-javascript (same API shape) happens here.
import { Kafka, logLevel, Partitioners, type LogEntry, type SASLOptions } from 'kafkajs';
import './request-queue-timer';
import { withDeploymentNamespace } from './deployment-namespace';

export type { Admin as KafkaAdmin, Consumer as KafkaConsumer, EachBatchPayload, EachMessagePayload, IHeaders as KafkaHeaders, KafkaMessage, Message as OutgoingKafkaMessage, Producer as KafkaProducer, ProducerRecord, RecordMetadata } from 'kafkajs';
export type { Kafka as KafkaClient } from 'kafkajs';

export interface KafkaSettings {
  clientId: string;
  brokers: string[];
  /** Receives KafkaJS's own log lines (warn and above by default). */
  log?: (level: 'error' | 'warn' | 'info' | 'debug', message: string, extra: Record<string, unknown>) => void;
  logLevel?: 'error' | 'warn' | 'info' | 'debug';
  /** `GROUNDSWELL_ENV`: prefixes every topic and consumer group, so deployments can share one cluster. */
  namespace?: string;
  /** SCRAM credentials, e.g. of a Strimzi KafkaUser; without them the client connects unauthenticated (local Kafka). */
  sasl?: { mechanism: 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
}

const levels = { error: logLevel.ERROR, warn: logLevel.WARN, info: logLevel.INFO, debug: logLevel.DEBUG } as const;

function levelName(level: logLevel): 'error' | 'warn' | 'info' | 'debug' {
  if (level <= logLevel.ERROR) return 'error';
  if (level === logLevel.WARN) return 'warn';
  if (level === logLevel.INFO) return 'info';
  return 'debug';
}

export function createKafkaClient(settings: KafkaSettings): Kafka {
  const sink = settings.log;
  const kafka = new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    // KafkaJS types each SCRAM mechanism separately; ours carries either, which is the same shape.
    ...(settings.sasl && { sasl: settings.sasl as SASLOptions }),
    logLevel: levels[settings.logLevel ?? 'warn'],
    connectionTimeout: 3_000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 200, maxRetryTime: 5_000, retries: 8 },
    logCreator: () => (entry: LogEntry) => {
      if (!sink) return;
      const { message, ...extra } = entry.log;
      sink(levelName(entry.level), `[kafkajs ${entry.namespace}] ${message}`, extra);
    },
  });
  return withDeploymentNamespace(kafka, settings.namespace);
}

/** Producer settings every Groundswell producer uses: idempotent, acks from all in-sync replicas, Java-compatible partitioning. */
export const reliableProducerOptions = {
  idempotent: true,
  maxInFlightRequests: 1,
  createPartitioner: Partitioners.DefaultPartitioner,
} as const;

/** Answers when the cluster does; used by readiness checks. */
export async function pingKafka(kafka: Kafka, timeoutMs = 3_000): Promise<{ brokers: number }> {
  const admin = kafka.admin();
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`Kafka did not answer within ${timeoutMs} ms`)), timeoutMs).unref(),
  );
  try {
    await Promise.race([admin.connect(), timeout]);
    const cluster = await Promise.race([admin.describeCluster(), timeout]);
    return { brokers: cluster.brokers.length };
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
