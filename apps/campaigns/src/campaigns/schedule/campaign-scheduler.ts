import { Injectable } from '@nestjs/common';
import { EventStore, ScheduledPasses, type PassSchedule } from '@groundswell/event-store';
import { z } from 'zod';
import { campaignClockPass } from './campaign-clock.pass';

const config = z.object({
  /** How often the clock looks for campaigns due to start or end: a campaign starts at most this late. */
  CAMPAIGNS_CLOCK_INTERVAL_MS: z.coerce.number().int().min(1_000).default(15_000),
});

/** Starts and ends campaigns on schedule; every replica ticks, the advisory-lock holder runs the pass. */
@Injectable()
export class CampaignScheduler extends ScheduledPasses {
  private readonly passes;
  private readonly intervalMs = config.parse(process.env).CAMPAIGNS_CLOCK_INTERVAL_MS;

  constructor(store: EventStore) {
    super();
    this.passes = [campaignClockPass(store)];
  }

  protected schedule(): PassSchedule {
    return { passes: this.passes, intervalMs: this.intervalMs, clock: () => new Date(), component: 'campaign-clock' };
  }
}
