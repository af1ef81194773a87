import { Inject, Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import { memberSanctionsDecider } from '../member-sanctions.decider';
import { memberSanctionsStream } from '../sanction.events';
import { SanctionQueries } from '../sanction.queries';
import { SANCTIONS_CLOCK, type Clock } from '../sanctions-clock';

/** What the scheduler calls every minute: mutes end by themselves (MOD-12). */
@Injectable()
export class ExpireDueMutesUseCase {
  constructor(
    private readonly store: EventStore,
    private readonly queries: SanctionQueries,
    @Inject(SANCTIONS_CLOCK) private readonly clock: Clock,
  ) {}

  /** How many mutes ended. Each member is its own transaction, so one busy stream holds up no other. */
  async execute(now: Date = this.clock()): Promise<number> {
    let expired = 0;
    for (const { tenantId, memberId } of await this.queries.membersWithMutesDue(now)) {
      const { events } = await this.store.handle({
        decider: memberSanctionsDecider,
        stream: memberSanctionsStream(tenantId, memberId),
        command: { type: 'ExpireDueMutes', memberId, now },
        retryOnConflict: true,
      });
      expired += events.length;
    }
    return expired;
  }
}
