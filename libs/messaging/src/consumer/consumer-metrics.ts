import { Counter, Gauge, type Registry } from 'prom-client';

export type MessageOutcome = 'applied' | 'duplicate' | 'dead_lettered';

/** A no-op without a registry; consumers sharing a registry share the metrics and differ by `group`. */
export class ConsumerMetrics {
  private readonly messages?: Counter<'group' | 'outcome'>;
  private readonly deadLetters?: Counter<'group' | 'topic'>;
  private readonly projectionLag?: Gauge<'group'>;
  private readonly consumerLag?: Gauge<'group' | 'topic' | 'partition'>;

  constructor(
    private readonly group: string,
    registry?: Registry,
  ) {
    if (!registry) return;
    this.messages = counter(registry, 'consumer_messages_total', 'Messages handled, by consumer group and outcome', ['group', 'outcome']);
    this.deadLetters = counter(registry, 'consumer_dead_letters_total', 'Messages sent to the dead-letter topic, by consumer group and original topic', ['group', 'topic']);
    this.projectionLag = gauge(registry, 'consumer_projection_lag_seconds', 'Now minus the event time of the last applied event', ['group']);
    this.consumerLag = gauge(registry, 'consumer_lag_messages', 'Messages behind the partition high watermark', ['group', 'topic', 'partition']);
  }

  handled(outcome: MessageOutcome, topic: string, eventTime?: string): void {
    this.messages?.inc({ group: this.group, outcome });
    if (outcome === 'dead_lettered') this.deadLetters?.inc({ group: this.group, topic });
    const time = eventTime === undefined ? Number.NaN : Date.parse(eventTime);
    if (outcome === 'applied' && Number.isFinite(time)) {
      this.projectionLag?.set({ group: this.group }, Math.max(0, (Date.now() - time) / 1_000));
    }
  }

  position(topic: string, partition: number, highWatermark: string, offset: string): void {
    const behind = Math.max(0, Number(highWatermark) - Number(offset) - 1);
    this.consumerLag?.set({ group: this.group, topic, partition: String(partition) }, behind);
  }
}

function counter<T extends string>(registry: Registry, name: string, help: string, labelNames: T[]): Counter<T> {
  const existing = registry.getSingleMetric(name);
  return (existing as Counter<T> | undefined) ?? new Counter({ name, help, labelNames, registers: [registry] });
}

function gauge<T extends string>(registry: Registry, name: string, help: string, labelNames: T[]): Gauge<T> {
  const existing = registry.getSingleMetric(name);
  return (existing as Gauge<T> | undefined) ?? new Gauge({ name, help, labelNames, registers: [registry] });
}
