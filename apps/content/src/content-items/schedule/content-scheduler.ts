import { Inject, Injectable, Optional } from '@nestjs/common';
import { EventStore, ScheduledPasses, type PassSchedule } from '@groundswell/event-store';
import { z } from 'zod';
import { contentClockPass } from './content-clock.pass';

const config = z.object({
  /** How often the clock looks for scheduled items that are due: an item goes out at most this late. */
  CONTENT_CLOCK_INTERVAL_MS: z.coerce.number().int().min(1_000).default(15_000),
});

/** The instant the content clock runs at; tests give their own. */
export const CONTENT_CLOCK_TIME = Symbol('CONTENT_CLOCK_TIME');

/** Publishes scheduled items on time; every replica ticks, the advisory-lock holder runs the pass. */
@Injectable()
export class ContentScheduler extends ScheduledPasses {
  private readonly passes;
  private readonly intervalMs = config.parse(process.env).CONTENT_CLOCK_INTERVAL_MS;

  constructor(
    store: EventStore,
    @Optional() @Inject(CONTENT_CLOCK_TIME) private readonly clock: () => Date = () => new Date(),
  ) {
    super();
    this.passes = [contentClockPass(store)];
  }

  protected schedule(): PassSchedule {
    return { passes: this.passes, intervalMs: this.intervalMs, clock: this.clock, component: 'content-clock' };
  }
}
