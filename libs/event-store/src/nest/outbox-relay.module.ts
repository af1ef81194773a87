import { Inject, Injectable, Module, Optional, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import { domainTopic } from '@groundswell/events';
import type { KafkaClient } from '@groundswell/messaging';
import { KAFKA_CLIENT, PG_POOL, ServiceMetrics, ServiceRuntime } from '@groundswell/service-kit';
import { PinoLogger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { OutboxRelay } from '../relay/outbox-relay';
import type { StoredEvent } from '../store/stored-event';

/** Which of a service's events leave it; without one, every event does. */
export type OutboxPublishes = (event: StoredEvent) => boolean;

export const OUTBOX_PUBLISHES = Symbol('OUTBOX_PUBLISHES');

/** Where each of a service's events goes (`undefined`: nowhere), for a service that also writes another service's request topic. */
export type OutboxRoutes = (event: StoredEvent) => string | undefined;

export const OUTBOX_ROUTES = Symbol('OUTBOX_ROUTES');

/** Runs the service's outbox relay: events of stream type `x` go to `gs.<service>.x`. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly relay: OutboxRelay;

  constructor(
    private readonly runtime: ServiceRuntime,
    metrics: ServiceMetrics,
    logger: PinoLogger,
    @Inject(PG_POOL) pool: Pool,
    @Inject(KAFKA_CLIENT) kafka: KafkaClient,
    @Optional() @Inject(OUTBOX_PUBLISHES) publishes?: OutboxPublishes,
    @Optional() @Inject(OUTBOX_ROUTES) routes?: OutboxRoutes,
  ) {
    const service = runtime.config.service;
    this.relay = new OutboxRelay({
      name: service,
      pool,
      databaseUrl: runtime.config.DATABASE_URL,
      kafka,
      topicFor: routes ?? ((event) => (publishes && !publishes(event) ? undefined : domainTopic(service, event.streamType))),
      metrics: metrics.registry,
      log: (level, message, extra) => logger[level]({ ...extra, component: 'outbox-relay' }, message),
    });
  }

  onApplicationBootstrap(): void {
    if (this.runtime.connectsToServers) this.relay.start();
  }

  // Before the pool closes: the relay finishes the batch in hand and stores its checkpoint.
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}

@Module({ providers: [OutboxRelayService], exports: [OutboxRelayService] })
export class OutboxRelayModule {
  /** A relay that publishes only the events `publishes` accepts; the others stay in the service's store. */
  static publishing(publishes: OutboxPublishes): DynamicModule {
    return { module: OutboxRelayModule, providers: [{ provide: OUTBOX_PUBLISHES, useValue: publishes }, OutboxRelayService], exports: [OutboxRelayService] };
  }

  /** A relay that sends each event where `routes` says, e.g. a screening request to moderation's request topic. */
  static routing(routes: OutboxRoutes): DynamicModule {
    return { module: OutboxRelayModule, providers: [{ provide: OUTBOX_ROUTES, useValue: routes }, OutboxRelayService], exports: [OutboxRelayService] };
  }
}
