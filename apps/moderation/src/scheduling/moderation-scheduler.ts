import { Inject, Injectable } from '@nestjs/common';
import { ScheduledPasses, type PassSchedule } from '@groundswell/event-store';
import { CheckCrisisSlasUseCase } from '../crisis/use-cases/check-crisis-slas.use-case';
import { ExpireDueMutesUseCase } from '../sanctions/use-cases/expire-due-mutes.use-case';
import { moderationPasses } from './moderation-passes';
import { moderationSchedulerConfig } from './scheduler.config';

/** The current instant; injectable so tests and replays can move time. */
export type ModerationClock = () => Date;
export const MODERATION_CLOCK = Symbol('MODERATION_CLOCK');

/** Mute expiry and the crisis SLA check, on the configured interval, at the moderation clock's instant (ADR 0007). */
@Injectable()
export class ModerationScheduler extends ScheduledPasses {
  constructor(
    @Inject(MODERATION_CLOCK) private readonly clock: ModerationClock,
    private readonly expireDueMutes: ExpireDueMutesUseCase,
    private readonly checkCrisisSlas: CheckCrisisSlasUseCase,
  ) {
    super();
  }

  protected schedule(): PassSchedule {
    const { intervalMs, enabled } = moderationSchedulerConfig();
    return { passes: moderationPasses(this.expireDueMutes, this.checkCrisisSlas), intervalMs, enabled, clock: this.clock, component: 'moderation-scheduler' };
  }
}
