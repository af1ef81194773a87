import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PG_POOL, ServiceRuntime } from '@groundswell/service-kit';
import { PinoLogger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { MEMBERS_CLOCK, type Clock } from './clock';
import { runAsLeader } from './leader-pass';
import { SCHEDULED_PASSES, type ScheduledPass } from './scheduled-pass';
import { schedulerConfig } from './scheduler.config';

/** Runs every scheduled pass on the configured interval; on each tick, only the leader of a pass runs it. */
@Injectable()
export class MembersScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly logger: PinoLogger,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(MEMBERS_CLOCK) private readonly clock: Clock,
    @Inject(SCHEDULED_PASSES) private readonly passes: ScheduledPass[],
  ) {}

  onApplicationBootstrap(): void {
    const config = schedulerConfig();
    if (!this.runtime.connectsToServers || !config.enabled) return;
    this.timer = setInterval(() => {
      this.running ??= this.tick().finally(() => (this.running = undefined));
    }, config.intervalMs);
    this.timer.unref();
  }

  /** Every pass once at the clock's instant, each under its own leader lock. */
  async tick(): Promise<void> {
    const at = this.clock();
    for (const pass of this.passes) {
      try {
        const changed = await runAsLeader(this.pool, pass.name, () => pass.run(this.pool, at));
        if (changed !== undefined) this.logger.info({ component: 'scheduler', pass: pass.name, changed }, 'scheduled pass done');
      } catch (error) {
        this.logger.warn({ component: 'scheduler', pass: pass.name, error: (error as Error).message }, 'scheduled pass failed; retried next tick');
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
