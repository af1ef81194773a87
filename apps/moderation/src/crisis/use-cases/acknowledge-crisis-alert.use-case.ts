import { Injectable } from '@nestjs/common';
import type { CrisisSeverity, CrisisType } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { CrisisAlertCommands } from './crisis-alert-command';

export interface AcknowledgeCrisisAlertInput {
  alertId: string;
  /** The crisis team's assessment (MOD-30), when it differs from the automatic one. */
  severity?: CrisisSeverity;
  crisisType?: CrisisType;
}

@Injectable()
export class AcknowledgeCrisisAlertUseCase {
  constructor(private readonly alerts: CrisisAlertCommands) {}

  execute(identity: Identity, input: AcknowledgeCrisisAlertInput, idempotencyKey?: string): Promise<void> {
    const { alertId, severity, crisisType } = input;
    return this.alerts.run(identity, alertId, (_, at) => ({ type: 'AcknowledgeCrisisAlert', by: identity.sub, at, severity, crisisType }), idempotencyKey);
  }
}
