import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { EscalationContact } from '../crisis-escalation';
import { crisisSettingsDecider } from '../crisis-settings.decider';
import { crisisSettingsStream } from '../crisis-settings.events';

@Injectable()
export class SetEscalationListUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, contacts: EscalationContact[], idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: crisisSettingsDecider,
      stream: { tenantId: identity.tenant, ...crisisSettingsStream() },
      command: { type: 'SetEscalationList', contacts, by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
