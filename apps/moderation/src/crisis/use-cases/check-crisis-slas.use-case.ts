import { Inject, Injectable } from '@nestjs/common';
import { EventStore, appendTo, loadAggregate } from '@groundswell/event-store';
import { v7 as uuidv7 } from 'uuid';
import { CRISIS_CLOCK, type CrisisClock } from '../crisis-clock';
import { crisisAlertDecider } from '../crisis-alert.decider';
import { crisisAlertStream } from '../crisis-alert.events';
import { loadCrisisSettings } from './crisis-settings.loader';

/**
 * What a scheduler runs every minute: every alert, of every tenant, whose response deadline has
 * passed unanswered gets its `CrisisSlaBreached` (and the escalation), once. Each alert is decided
 * on its own stream, so a response recorded meanwhile wins and no breach is recorded.
 */
@Injectable()
export class CheckCrisisSlasUseCase {
  constructor(
    private readonly store: EventStore,
    @Inject(CRISIS_CLOCK) private readonly clock: CrisisClock,
  ) {}

  /** The alerts found breached at `now` (the scheduler's instant; the crisis clock's by default). */
  async execute(now: Date = this.clock()): Promise<string[]> {
    const { rows } = await this.store.pool.query<{ tenantId: string; alertId: string }>(
      `SELECT tenant_id AS "tenantId", alert_id AS "alertId" FROM crisis_alerts
       WHERE first_response_at IS NULL AND sla_breached_at IS NULL AND resolved_at IS NULL AND response_due_at < $1
       ORDER BY response_due_at`,
      [now],
    );
    const breached: string[] = [];
    for (const { tenantId, alertId } of rows) {
      const recorded = await this.store.transaction(
        async (client) => {
          const alert = await loadAggregate(client, crisisAlertDecider, { tenantId, ...crisisAlertStream(alertId) });
          const settings = await loadCrisisSettings(client, tenantId);
          const events = crisisAlertDecider.decide({ type: 'CheckCrisisSla', at: now, escalationList: settings.state.escalationList }, alert.state);
          await this.store.append(client, [appendTo(alert, events)], { correlationId: uuidv7() });
          return events.length > 0;
        },
        { retryOnConflict: true },
      );
      if (recorded) breached.push(alertId);
    }
    return breached;
  }
}
