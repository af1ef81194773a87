import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EventStore, loadAggregate } from '@groundswell/event-store';
import { effectivePermissions, type Identity } from '@groundswell/service-kit';
import { escalationPolicyDecider, escalationPolicyStream } from '../escalation-policy/escalation-policy.decider';
import { memberSanctionsDecider, type ApplySanction } from '../member-sanctions.decider';
import { memberSanctionsStream } from '../sanction.events';
import { SANCTIONS_CLOCK, type Clock } from '../sanctions-clock';

export type ApplySanctionInput = Pick<ApplySanction, 'memberId' | 'kind' | 'communityId' | 'contentId' | 'durationMinutes' | 'ruleId' | 'reason' | 'caseId'>;

export interface AppliedSanctions {
  /** The sanction asked for, then any the escalation policy added on top. */
  sanctionIds: string[];
}

@Injectable()
export class ApplySanctionUseCase {
  constructor(
    private readonly store: EventStore,
    @Inject(SANCTIONS_CLOCK) private readonly clock: Clock,
  ) {}

  /** Safe to recompute on a conflict: a concurrent sanction changes what escalates, so the retry decides on it. */
  async execute(identity: Identity, input: ApplySanctionInput, idempotencyKey?: string): Promise<AppliedSanctions> {
    const tenantId = identity.tenant;
    const { result } = await this.store.transaction(
      async (client) => {
        const policy = await loadAggregate(client, escalationPolicyDecider, escalationPolicyStream(tenantId));
        return this.store.handleIn(client, {
          decider: memberSanctionsDecider,
          stream: memberSanctionsStream(tenantId, input.memberId),
          command: {
            type: 'ApplySanction',
            ...input,
            sanctionId: randomUUID(),
            by: { actor: { kind: 'operator', id: identity.sub }, permissions: effectivePermissions(identity) },
            at: this.clock(),
            policy: policy.state,
            escalationSanctionId: randomUUID(),
          },
          context: { idempotencyKey },
          result: ({ events }) => ({ sanctionIds: events.map((event) => (event.data as { sanctionId: string }).sanctionId) }),
        });
      },
      { retryOnConflict: true },
    );
    return result;
  }
}
