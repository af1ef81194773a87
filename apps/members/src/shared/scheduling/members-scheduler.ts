import { Inject, Injectable } from '@nestjs/common';
import { ScheduledPasses, type PassSchedule, type ScheduledPass } from '@groundswell/event-store';
import { MEMBERS_CLOCK, type Clock } from './clock';
import { schedulerConfig } from './scheduler.config';

export const SCHEDULED_PASSES = Symbol('SCHEDULED_PASSES');

/** Lifecycle demotions, points expiry and churn risk, on the configured interval, at the members clock's instant. */
@Injectable()
export class MembersScheduler extends ScheduledPasses {
  constructor(
    @Inject(MEMBERS_CLOCK) private readonly clock: Clock,
    @Inject(SCHEDULED_PASSES) private readonly passes: ScheduledPass[],
  ) {
    super();
  }

  protected schedule(): PassSchedule {
    const { intervalMs, enabled } = schedulerConfig();
    return { passes: this.passes, intervalMs, enabled, clock: this.clock, component: 'scheduler' };
  }
}
