import { fromKafkaMessage } from '@groundswell/events';
import type { KafkaMessage } from '../kafka/kafka-client';
import { applyBatch, BatchMessageError, handlerError, type ConsumedEvent } from './apply-batch';
import { backoffDelay, waitWithHeartbeat } from './backoff';
import type { ConsumerMetrics } from './consumer-metrics';
import type { ConsumerSettings, MessageContext } from './consumer-options';
import { classifyFailure } from './failure-kind';
import { describeError, type MessageProcessor } from './message-processor';

/** Called for each message whose outcome is final (applied, duplicate, dead-lettered), in offset order. */
export type Settle = (message: KafkaMessage) => void;

type Heartbeat = () => Promise<void>;

interface Readable {
  message: KafkaMessage;
  event: ConsumedEvent;
}

/**
 * Applies the messages of one partition in as few transactions as it can (docs/adr/0012). A batch
 * that fails on a message splits right at it (or, when the handler can't say which, in halves), so
 * the poison message is retried alone and dead-lettered while its neighbours are applied once, in order.
 */
export class BatchProcessor {
  constructor(
    private readonly settings: ConsumerSettings,
    private readonly single: MessageProcessor,
    private readonly metrics: ConsumerMetrics,
    private readonly stopping: AbortSignal,
  ) {}

  /** False when the consumer began stopping first: what was not settled stays unresolved and is redelivered. */
  async process(messages: readonly KafkaMessage[], where: { topic: string; partition: number }, heartbeat: Heartbeat, settle: Settle): Promise<boolean> {
    let run: Readable[] = [];
    for (const message of messages) {
      const context = { ...where, offset: message.offset };
      const envelope = readEnvelope(message);
      if (envelope) {
        run.push({ message, event: { envelope, context } });
        continue;
      }
      // An unreadable message goes alone (and straight to the dead letters); its neighbours still share transactions.
      if (!(await this.applyRun(run, heartbeat, settle))) return false;
      run = [];
      if (!(await this.applyAlone(message, context, heartbeat, settle))) return false;
    }
    return this.applyRun(run, heartbeat, settle);
  }

  private async applyRun(run: readonly Readable[], heartbeat: Heartbeat, settle: Settle): Promise<boolean> {
    if (run.length === 0) return true;
    const { pool, groupId, handleBatch, backoff, log } = this.settings;
    let outageRetries = 0;
    for (;;) {
      if (this.stopping.aborted) return false;
      try {
        const outcomes = await applyBatch(pool, groupId, handleBatch, run.map(({ event }) => event));
        for (const [index, { message, event }] of run.entries()) {
          this.metrics.handled(outcomes[index]!, event.context.topic, event.envelope.time);
          settle(message);
        }
        return true;
      } catch (thrown) {
        const error = handlerError(thrown);
        const where = { groupId, topic: run[0]!.event.context.topic, partition: run[0]!.event.context.partition, messages: run.length, error: describeError(error) };
        if (classifyFailure(error) === 'transient') {
          outageRetries += 1;
          log('warn', 'Infrastructure failure while handling a batch; pausing, then retrying', { ...where, outageRetries });
          if (!(await waitWithHeartbeat(backoffDelay(outageRetries, backoff), heartbeat, this.stopping))) return false;
          continue;
        }
        const at = thrown instanceof BatchMessageError ? thrown.index : run.length === 1 ? 0 : undefined;
        if (at === undefined) {
          const middle = Math.ceil(run.length / 2);
          log('warn', 'A batch failed; splitting it to find the message that fails', where);
          return (await this.applyRun(run.slice(0, middle), heartbeat, settle)) && (await this.applyRun(run.slice(middle), heartbeat, settle));
        }
        const failed = run[at]!;
        log('warn', 'A message failed inside a batch; applying the messages before it, then it alone', { ...where, offset: failed.message.offset });
        return (
          (await this.applyRun(run.slice(0, at), heartbeat, settle)) &&
          (await this.applyAlone(failed.message, failed.event.context, heartbeat, settle, thrown)) &&
          (await this.applyRun(run.slice(at + 1), heartbeat, settle))
        );
      }
    }
  }

  private async applyAlone(message: KafkaMessage, context: MessageContext, heartbeat: Heartbeat, settle: Settle, failedBefore?: unknown): Promise<boolean> {
    if (this.stopping.aborted) return false;
    const result = await this.single.process(message, context, heartbeat, failedBefore === undefined ? undefined : { error: failedBefore });
    if (result === 'interrupted') return false;
    settle(message);
    return true;
  }
}

function readEnvelope(message: KafkaMessage): ConsumedEvent['envelope'] | undefined {
  try {
    return fromKafkaMessage(message);
  } catch {
    return undefined;
  }
}
