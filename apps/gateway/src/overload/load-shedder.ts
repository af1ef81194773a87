import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Counter } from 'prom-client';
import { ServiceMetrics, ServiceRuntime } from '@groundswell/service-kit';
import { OverloadGuard, type OverloadReason } from './overload-guard';

/** The gateway's one overload guard and the count of what it refused, shared by every route it guards. */
@Injectable()
export class LoadShedder implements OnModuleDestroy {
  private readonly guard: OverloadGuard;
  private readonly shed: Counter<'reason'>;

  constructor(runtime: ServiceRuntime, metrics: ServiceMetrics) {
    this.guard = new OverloadGuard({
      maxConcurrentRequests: runtime.config.GATEWAY_MAX_CONCURRENT_REQUESTS,
      maxEventLoopDelayMs: runtime.config.GATEWAY_MAX_EVENT_LOOP_DELAY_MS,
    });
    this.shed = new Counter({
      name: 'gateway_requests_shed_total',
      help: 'Requests refused with 503 OVERLOADED before any work, by reason (concurrency, event_loop_delay)',
      labelNames: ['reason'] as const,
      registers: [metrics.registry],
    });
  }

  /** A place for one request (null), or why there is none, counted; a place given is released by `release`. */
  admit(): OverloadReason | null {
    const refusal = this.guard.admit();
    if (refusal) this.shed.inc({ reason: refusal });
    return refusal;
  }

  release(): void {
    this.guard.release();
  }

  onModuleDestroy(): void {
    this.guard.stop();
  }
}
