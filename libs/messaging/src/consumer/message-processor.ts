import { fromKafkaMessage } from '@groundswell/events';
import type { DeadLetterFailure } from '../dead-letters/dead-letter-headers';
import type { KafkaMessage } from '../kafka/kafka-client';
import { applyBatch, handlerError } from './apply-batch';
import { backoffDelay, waitWithHeartbeat } from './backoff';
import type { ConsumerMetrics, MessageOutcome } from './consumer-metrics';
import type { ConsumerSettings, MessageContext } from './consumer-options';
import { classifyFailure } from './failure-kind';

/** `interrupted`: the consumer is stopping while the message still fails; it stays unresolved and is redelivered. */
export type ProcessResult = MessageOutcome | 'interrupted';

export type DeadLetterSink = (message: KafkaMessage, failure: DeadLetterFailure) => Promise<void>;

/** A failure the message already had inside a batch: it counts as the first attempt. */
export interface EarlierFailure {
  error: unknown;
}

/** Takes one message to a final outcome: applied, duplicate, or dead-lettered after bounded retries. */
export class MessageProcessor {
  constructor(
    private readonly settings: ConsumerSettings,
    private readonly deadLetter: DeadLetterSink,
    private readonly metrics: ConsumerMetrics,
    private readonly stopping: AbortSignal,
  ) {}

  async process(message: KafkaMessage, context: MessageContext, heartbeat: () => Promise<void>, earlier?: EarlierFailure): Promise<ProcessResult> {
    const { groupId, pool, handleBatch, maxAttempts, backoff, log } = this.settings;
    let attempts = 0;
    let outageRetries = 0;
    let pending = earlier;
    for (;;) {
      try {
        if (pending) throw pending.error;
        const envelope = fromKafkaMessage(message);
        const [outcome] = await applyBatch(pool, groupId, handleBatch, [{ envelope, context }]);
        this.metrics.handled(outcome!, context.topic, envelope.time);
        return outcome!;
      } catch (thrown) {
        pending = undefined;
        const error = handlerError(thrown);
        const kind = classifyFailure(error);
        const where = { groupId, ...context, error: describeError(error) };
        if (kind === 'transient') {
          outageRetries += 1;
          log('warn', 'Infrastructure failure while handling a message; pausing, then retrying', { ...where, outageRetries });
          const delay = backoffDelay(outageRetries, backoff);
          if (!(await waitWithHeartbeat(delay, heartbeat, this.stopping))) return 'interrupted';
          continue;
        }
        attempts += 1;
        if (kind === 'permanent' || attempts >= maxAttempts) {
          await this.deadLetter(message, { ...context, error, consumerGroup: groupId, attempts, failedAt: new Date() });
          this.metrics.handled('dead_lettered', context.topic);
          log('error', 'Message dead-lettered', { ...where, attempts });
          return 'dead_lettered';
        }
        log('warn', 'Handling a message failed; retrying', { ...where, attempts, maxAttempts });
        if (!(await waitWithHeartbeat(backoffDelay(attempts, backoff), heartbeat, this.stopping))) return 'interrupted';
      }
    }
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
