import { deadLetterTopic } from '@groundswell/events';
import { ensureTopics } from '../dead-letters/ensure-topics';
import type { DeadLetterFailure } from '../dead-letters/dead-letter-headers';
import { publishDeadLetter } from '../dead-letters/publish-dead-letter';
import { reliableProducerOptions, type EachBatchPayload, type KafkaConsumer, type KafkaMessage, type KafkaProducer } from '../kafka/kafka-client';
import { backoffDelay } from './backoff';
import { BatchProcessor } from './batch-processor';
import { ConsumerError } from './consumer-error';
import { ConsumerMetrics } from './consumer-metrics';
import { consumerSettings, type ConsumerSettings, type ExactlyOnceConsumerOptions } from './consumer-options';
import { MessageProcessor } from './message-processor';

const restartBackoff = { initialMs: 1_000, maxMs: 30_000 };

/**
 * Consumes topics into PostgreSQL with exactly-once effect (DESIGN §6, docs/adr/0012): a batch of
 * events is applied in the transaction that records their ids, and their offsets are committed to
 * Kafka only after that commit.
 */
export class ExactlyOnceConsumer {
  private readonly settings: ConsumerSettings;
  private readonly deadLetterTopic: string;
  private readonly metrics: ConsumerMetrics;
  private readonly processor: BatchProcessor;
  private producer: KafkaProducer;
  private readonly stopping = new AbortController();
  private state: 'new' | 'running' | 'stopped' = 'new';
  private consumer?: KafkaConsumer;
  private restartTimer?: NodeJS.Timeout;
  private failedRestarts = 0;

  constructor(options: ExactlyOnceConsumerOptions) {
    this.settings = consumerSettings(options);
    this.deadLetterTopic = deadLetterTopic(this.settings.groupId);
    this.producer = this.settings.kafka.producer(reliableProducerOptions);
    this.metrics = new ConsumerMetrics(this.settings.groupId, this.settings.metrics);
    const single = new MessageProcessor(this.settings, (message, failure) => this.publishDeadLetter(message, failure), this.metrics, this.stopping.signal);
    this.processor = new BatchProcessor(this.settings, single, this.metrics, this.stopping.signal);
  }

  async start(): Promise<void> {
    if (this.state !== 'new') throw new ConsumerError('INVALID_STATE', `Consumer ${this.settings.groupId} was already started`);
    this.state = 'running';
    try {
      await this.connect();
    } catch (error) {
      // A service must boot while Kafka is down; the consumer joins as soon as the broker answers.
      this.settings.log('warn', 'Kafka is not reachable; the consumer keeps trying in the background', {
        groupId: this.settings.groupId,
        error: error instanceof Error ? error.message : String(error),
      });
      this.scheduleRestart();
    }
  }

  private async connect(): Promise<void> {
    await this.producer.connect();
    await ensureTopics(this.settings.kafka, [...this.settings.topics, this.deadLetterTopic], (message, extra) => this.settings.log('warn', message, extra));
    await this.startSession();
  }

  /** Stops fetching, lets the batch in hand finish, commits the offsets of what was applied, disconnects. */
  async stop(): Promise<void> {
    const wasRunning = this.state === 'running';
    this.state = 'stopped';
    if (!wasRunning) return;
    this.stopping.abort();
    clearTimeout(this.restartTimer);
    try {
      await this.consumer?.disconnect();
    } finally {
      await this.producer.disconnect();
    }
  }

  private async startSession(): Promise<void> {
    const { kafka, groupId, topics, fromBeginning, partitionsConsumedConcurrently } = this.settings;
    const consumer = kafka.consumer({ groupId });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) => this.onCrash(consumer, payload.error, payload.restart));
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning });
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, partitionsConsumedConcurrently, eachBatch: (batch) => this.handleBatch(batch) });
  }

  // A failed send can leave an idempotent producer out of step with the broker's sequence numbers
  // (every later send then fails), so the next attempt uses a fresh producer.
  private async publishDeadLetter(message: KafkaMessage, failure: DeadLetterFailure): Promise<void> {
    try {
      await publishDeadLetter(this.producer, this.deadLetterTopic, message, failure);
    } catch (error) {
      const failed = this.producer;
      this.producer = this.settings.kafka.producer(reliableProducerOptions);
      await failed.disconnect().catch(() => undefined);
      // While Kafka is down this fails too; the send after it then fails and replaces it again.
      await this.producer.connect().catch(() => undefined);
      throw error;
    }
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, uncommittedOffsets, isRunning, isStale } = payload;
    const { topic, partition } = batch;
    const settle = (message: KafkaMessage) => {
      // Only now is the effect committed in PostgreSQL, so only now may Kafka forget the message.
      resolveOffset(message.offset);
      this.metrics.position(topic, partition, batch.highWatermark, message.offset);
    };
    try {
      for (let from = 0; from < batch.messages.length; from += this.settings.maxBatchSize) {
        if (!isRunning() || isStale() || this.state !== 'running') break;
        const chunk = batch.messages.slice(from, from + this.settings.maxBatchSize);
        if (!(await this.processor.process(chunk, { topic, partition }, heartbeat, settle))) break;
        await heartbeat();
      }
    } finally {
      await commitOffsetsIfNecessary(uncommittedOffsets());
    }
    this.failedRestarts = 0;
  }

  private onCrash(consumer: KafkaConsumer, error: Error, kafkaRestarts: boolean): void {
    if (consumer !== this.consumer || this.state !== 'running') return;
    const { groupId, log } = this.settings;
    log(kafkaRestarts ? 'warn' : 'error', `Kafka consumer crashed; ${kafkaRestarts ? 'KafkaJS restarts it' : 'restarting it'}`, {
      groupId,
      error: `${error.name}: ${error.message}`,
    });
    if (!kafkaRestarts) this.scheduleRestart();
  }

  // KafkaJS gives up on errors it deems non-retriable; a consumer that quietly stops is worse than one that retries.
  private scheduleRestart(): void {
    this.failedRestarts += 1;
    this.restartTimer = setTimeout(() => void this.restart(), backoffDelay(this.failedRestarts, restartBackoff));
  }

  private async restart(): Promise<void> {
    try {
      await this.consumer?.disconnect().catch(() => undefined);
      if (this.state !== 'running') return;
      await this.connect();
      if (this.state !== 'running') await this.consumer?.disconnect();
    } catch (error) {
      this.settings.log('error', 'Restarting the Kafka consumer failed; trying again', {
        groupId: this.settings.groupId,
        error: error instanceof Error ? error.message : String(error),
      });
      if (this.state === 'running') this.scheduleRestart();
    }
  }
}
