import { Inject, Injectable } from '@nestjs/common';
import { EventStore, appendTo, loadAggregate, withIdempotency } from '@groundswell/event-store';
import { canAccessCommunity, type Identity } from '@groundswell/service-kit';
import { v7 as uuidv7 } from 'uuid';
import { CrisisError } from '../crisis.error';
import { CRISIS_CLOCK, type CrisisClock } from '../crisis-clock';
import { crisisAlertDecider, type CrisisAlertCommand } from '../crisis-alert.decider';
import { crisisAlertStream } from '../crisis-alert.events';
import type { CrisisSettingsState } from '../crisis-settings.decider';
import { loadCrisisSettings } from './crisis-settings.loader';

/**
 * Runs one command on a crisis alert for an operator: the alert is looked up in the caller's
 * tenant, and one outside the caller's communities is NOT_FOUND, like one that does not exist.
 * The command is built from the tenant's settings (its escalation list) and the clock; its
 * idempotency key is recorded under its type.
 */
@Injectable()
export class CrisisAlertCommands {
  constructor(
    private readonly store: EventStore,
    @Inject(CRISIS_CLOCK) private readonly clock: CrisisClock,
  ) {}

  run(identity: Identity, alertId: string, build: (settings: CrisisSettingsState, now: Date) => CrisisAlertCommand, idempotencyKey?: string): Promise<void> {
    return this.store.transaction(async (client) => {
      const settings = await loadCrisisSettings(client, identity.tenant);
      const command = build(settings.state, this.clock());
      await withIdempotency(client, { tenantId: identity.tenant, key: idempotencyKey, command: command.type }, async () => {
        const alert = await loadAggregate(client, crisisAlertDecider, { tenantId: identity.tenant, ...crisisAlertStream(alertId) });
        if (alert.state.status !== 'none' && !canAccessCommunity(identity, alert.state.communityId)) {
          throw new CrisisError('ALERT_NOT_FOUND', 'No such crisis alert', { alertId });
        }
        const events = crisisAlertDecider.decide(command, alert.state);
        await this.store.append(client, [appendTo(alert, events)], { correlationId: uuidv7() });
        return null;
      });
    });
  }
}
