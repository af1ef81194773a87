import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { CrisisType } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { crisisPlaybookDecider } from '../crisis-playbook.decider';
import { crisisPlaybookStream, type PlaybookStep, type RosterMember } from '../crisis-playbook.events';

export interface DefineCrisisPlaybookInput {
  crisisType: CrisisType;
  title: string;
  steps: PlaybookStep[];
  roster: RosterMember[];
}

@Injectable()
export class DefineCrisisPlaybookUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, input: DefineCrisisPlaybookInput, idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: crisisPlaybookDecider,
      stream: { tenantId: identity.tenant, ...crisisPlaybookStream(input.crisisType) },
      command: { type: 'DefineCrisisPlaybook', ...input, by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
