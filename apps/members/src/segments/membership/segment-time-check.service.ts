import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PG_POOL, ServiceRuntime } from '@groundswell/service-kit';
import { PinoLogger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { z } from 'zod';
import { runSegmentTimeCheck } from './segment-time-check';

const configSchema = z.object({
  /** How often members whose activity fell out of an "active within N days" window are taken out. */
  SEGMENT_TIME_CHECK_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
});

export const segmentTimeCheckIntervalMs = (env: NodeJS.ProcessEnv = process.env) => configSchema.parse(env).SEGMENT_TIME_CHECK_INTERVAL_MS;

/** Runs the segment time check on its interval; every replica ticks, only the lock holder works. */
@Injectable()
export class SegmentTimeCheckService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly logger: PinoLogger,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.runtime.connectsToServers) return;
    this.timer = setInterval(() => {
      this.running ??= this.tick().finally(() => (this.running = undefined));
    }, segmentTimeCheckIntervalMs());
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      const left = await runSegmentTimeCheck(this.pool);
      if (left) this.logger.info({ component: 'segments', left }, 'members left segments whose activity window elapsed');
    } catch (error) {
      this.logger.warn({ component: 'segments', error: (error as Error).message }, 'segment time check failed; retried next tick');
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
