import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { EscalationStep } from '../escalation-policy/escalation-policy';
import { escalationPolicyDecider, escalationPolicyStream } from '../escalation-policy/escalation-policy.decider';

@Injectable()
export class SetEscalationPolicyUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, steps: EscalationStep[], idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: escalationPolicyDecider,
      stream: escalationPolicyStream(identity.tenant),
      command: { type: 'SetEscalationPolicy', steps, by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
