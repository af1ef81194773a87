import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { memberSanctionsDecider } from '../member-sanctions.decider';
import { memberSanctionsStream } from '../sanction.events';
import { memberOfSanction } from '../sanction.queries';
import { SanctionError } from '../sanctions.error';

@Injectable()
export class LiftSanctionUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, sanctionId: string, reason: string, idempotencyKey?: string): Promise<void> {
    await this.store.transaction(async (client) => {
      const memberId = await memberOfSanction(client, identity.tenant, sanctionId);
      if (!memberId) throw new SanctionError('SANCTION_NOT_FOUND', 'No such sanction', { sanctionId });
      await this.store.handleIn(client, {
        decider: memberSanctionsDecider,
        stream: memberSanctionsStream(identity.tenant, memberId),
        command: { type: 'LiftSanction', memberId, sanctionId, reason, by: { kind: 'operator', id: identity.sub } },
        context: { idempotencyKey },
      });
    });
  }
}
