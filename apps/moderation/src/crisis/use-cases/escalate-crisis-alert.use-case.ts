import { Injectable } from '@nestjs/common';
import type { EscalationDepartment } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { CrisisAlertCommands } from './crisis-alert-command';

export interface EscalateCrisisAlertInput {
  alertId: string;
  departments: EscalationDepartment[];
  note?: string;
}

/** Notifies the tenant's escalation contacts in the departments named (MOD-46), by event. */
@Injectable()
export class EscalateCrisisAlertUseCase {
  constructor(private readonly alerts: CrisisAlertCommands) {}

  execute(identity: Identity, input: EscalateCrisisAlertInput, idempotencyKey?: string): Promise<void> {
    const { alertId, departments, note } = input;
    return this.alerts.run(identity, alertId, (settings, at) => ({ type: 'EscalateCrisisAlert', departments, note, escalationList: settings.escalationList, at }), idempotencyKey);
  }
}
