import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PG_POOL, ServiceRuntime } from '@groundswell/service-kit';
import { PinoLogger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { runAsLeader } from './leader-pass';

/** Work done on a schedule at a given instant; `run` returns how many things it changed. */
export interface ScheduledPass {
  name: string;
  run(pool: Pool, at: Date): Promise<number>;
}

export interface PassSchedule {
  passes: readonly ScheduledPass[];
  intervalMs: number;
  /** The instant each round runs at; tests and replays pass their own. */
  clock: () => Date;
  /** Logged with each line. */
  component: string;
  enabled?: boolean;
}

/**
 * Runs a service's scheduled passes every `intervalMs`: every replica ticks, and on each tick only
 * the holder of a pass's advisory lock runs it. A failed pass is logged and runs again next tick;
 * shutdown waits for the round in hand.
 */
@Injectable()
export abstract class ScheduledPasses implements OnApplicationBootstrap, BeforeApplicationShutdown {
  @Inject(ServiceRuntime) private readonly runtime!: ServiceRuntime;
  @Inject(PinoLogger) private readonly logger!: PinoLogger;
  @Inject(PG_POOL) private readonly pool!: Pool;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  protected abstract schedule(): PassSchedule;

  onApplicationBootstrap(): void {
    const { intervalMs, enabled = true } = this.schedule();
    if (!this.runtime.connectsToServers || !enabled) return;
    this.timer = setInterval(() => {
      this.running ??= this.tick().finally(() => (this.running = undefined));
    }, intervalMs);
    this.timer.unref();
  }

  /** Every pass once at the clock's instant, each under its own leader lock. */
  async tick(): Promise<void> {
    const { passes, clock, component } = this.schedule();
    const at = clock();
    for (const pass of passes) {
      try {
        const changed = await runAsLeader(this.pool, pass.name, () => pass.run(this.pool, at));
        if (changed !== undefined) this.logger.info({ component, pass: pass.name, changed }, 'scheduled pass done');
      } catch (error) {
        this.logger.warn({ component, pass: pass.name, error: (error as Error).message }, 'scheduled pass failed; retried next tick');
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
