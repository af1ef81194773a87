import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import type { ResponseChannel } from '../crisis-alert.decider';
import { CrisisAlertCommands } from './crisis-alert-command';

export interface RecordFirstResponseInput {
  alertId: string;
  channel: ResponseChannel;
  /** The official statement as published (MOD-39, MOD-41). */
  statement: string;
}

/** Stops the SLA clock at now: within it, or late (and then the breach is recorded first). */
@Injectable()
export class RecordFirstResponseUseCase {
  constructor(private readonly alerts: CrisisAlertCommands) {}

  execute(identity: Identity, input: RecordFirstResponseInput, idempotencyKey?: string): Promise<void> {
    const { alertId, channel, statement } = input;
    return this.alerts.run(identity, alertId, (settings, at) => ({ type: 'RecordFirstResponse', channel, statement, by: identity.sub, at, escalationList: settings.escalationList }), idempotencyKey);
  }
}
