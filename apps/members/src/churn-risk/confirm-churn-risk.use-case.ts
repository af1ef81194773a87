import { Injectable } from '@nestjs/common';
import { loadAggregate } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { memberDecider } from '../membership/member.decider';
import { memberStreams } from '../shared/stream-ids';
import { requireActiveMember } from '../membership/member-guards';
import { churnReviewNote, churnRiskDecider, churnRiskStream } from './churn-risk.decider';
import { requireUuid } from '../points/use-cases/active-member';
import { actorOf } from '../shared/actor-of';
import { MembersContext } from '../shared/members-context';
import { tenantStream } from '../shared/tenant-stream';

export interface ChurnReview {
  memberId: string;
  communityId: string;
  confirmed: boolean;
  note?: string;
}

/** A person confirms (true) or dismisses (false) the member's current churn-risk assessment. */
@Injectable()
export class ConfirmChurnRiskUseCase {
  constructor(private readonly context: MembersContext) {}

  async execute(identity: Identity, review: ChurnReview, idempotencyKey?: string): Promise<void> {
    requireUuid(review.memberId, 'memberId');
    requireUuid(review.communityId, 'communityId');
    const note = churnReviewNote(review.note);
    const tenantId = identity.tenant;
    await this.context.store.transaction(async (client) => {
      // Checked before sealing the note: the vault would otherwise mint a key for an erased member.
      const memberStream = tenantStream(tenantId, memberStreams.member(review.memberId));
      requireActiveMember((await loadAggregate(client, memberDecider, memberStream)).state);
      const sealedNote = note === undefined ? undefined : await this.context.vault.encrypt(client, tenantId, review.memberId, note);
      await this.context.store.handleIn(client, {
        decider: churnRiskDecider,
        stream: tenantStream(tenantId, churnRiskStream(review.memberId, review.communityId)),
        command: { type: 'ReviewChurnRisk', ...review, note: sealedNote, at: new Date(), by: actorOf(identity) },
        context: { idempotencyKey },
      });
    }, { retryOnConflict: true });
  }
}
