import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import { CrisisAlertCommands } from './crisis-alert-command';

export interface ResolveCrisisAlertInput {
  alertId: string;
  outcome: 'handled' | 'false_alarm';
  summary: string;
}

@Injectable()
export class ResolveCrisisAlertUseCase {
  constructor(private readonly alerts: CrisisAlertCommands) {}

  execute(identity: Identity, input: ResolveCrisisAlertInput, idempotencyKey?: string): Promise<void> {
    const { alertId, outcome, summary } = input;
    return this.alerts.run(identity, alertId, (_, at) => ({ type: 'ResolveCrisisAlert', outcome, summary, by: identity.sub, at }), idempotencyKey);
  }
}
