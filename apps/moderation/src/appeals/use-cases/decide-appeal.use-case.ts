import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { appendTo, EventStore, loadAggregate, withIdempotency } from '@groundswell/event-store';
import type { Actor } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { memberSanctionsDecider } from '../../sanctions/member-sanctions.decider';
import { memberSanctionsStream } from '../../sanctions/sanction.events';
import { appealDecider, type DecideAppeal } from '../appeal.decider';
import { AppealError } from '../appeal.error';
import { appealStream } from '../appeal.events';
import { findAppeal } from '../appeal.queries';

export interface DecideAppealInput {
  appealId: string;
  outcome: DecideAppeal['outcome'];
  reason: string;
}

@Injectable()
export class DecideAppealUseCase {
  constructor(private readonly store: EventStore) {}

  /** An upheld appeal lifts the sanction in the same transaction: the decision and its effect land together. */
  async execute(identity: Identity, input: DecideAppealInput, idempotencyKey?: string): Promise<void> {
    const tenantId = identity.tenant;
    const reviewer: Actor = { kind: 'operator', id: identity.sub };
    await this.store.transaction((client) =>
      withIdempotency(client, { tenantId, key: idempotencyKey, command: 'DecideAppeal' }, async () => {
        const found = await findAppeal(client, tenantId, input.appealId);
        if (!found) throw new AppealError('APPEAL_NOT_FOUND', 'No such appeal', { appealId: input.appealId });
        const appeal = await loadAggregate(client, appealDecider, appealStream(tenantId, found.sanctionId));
        const decided = appealDecider.decide({ type: 'DecideAppeal', outcome: input.outcome, reason: input.reason, reviewer }, appeal.state);
        const appends = [appendTo(appeal, decided)];
        if (input.outcome === 'upheld') {
          const record = await loadAggregate(client, memberSanctionsDecider, memberSanctionsStream(tenantId, found.memberId));
          const sanction = record.state.sanctions.find((candidate) => candidate.sanctionId === found.sanctionId);
          // Lifted meanwhile by someone else: the appeal is still upheld, there is just nothing left to lift.
          if (sanction?.status !== 'lifted') {
            const lift = { type: 'LiftSanction' as const, memberId: found.memberId, sanctionId: found.sanctionId, reason: input.reason, by: reviewer, appealId: found.id };
            appends.push(appendTo(record, memberSanctionsDecider.decide(lift, record.state)));
          }
        }
        await this.store.append(client, appends, { correlationId: randomUUID() });
      }),
    );
  }
}
