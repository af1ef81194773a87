import { Injectable } from '@nestjs/common';
import { foldEvents, handleCommandIn, inTransactionRetryingConflicts, readStream } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { memberDecider, memberStreams, requireActiveMember } from '../domain';
import { churnReviewNote, churnRiskDecider, churnRiskStream } from '../domain/churn-risk/churn-risk.decider';
import { requireUuid } from '../points/use-cases/active-member';
import { actorOf } from '../shared/actor-of';
import { MembersContext } from '../shared/members-context';
import { tenantStream } from '../shared/tenant-stream';
import { churnRiskProjection } from './churn-risk.projection';

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
    await inTransactionRetryingConflicts(this.context.pool, true, async (client) => {
      // Checked before sealing the note: the vault would otherwise mint a key for an erased member.
      const memberStream = tenantStream(tenantId, memberStreams.member(review.memberId));
      requireActiveMember(foldEvents(memberDecider, (await readStream(client, tenantId, memberStream.streamId)) as never));
      const sealedNote = note === undefined ? undefined : await this.context.vault.encrypt(client, tenantId, review.memberId, note);
      await handleCommandIn(client, {
        decider: churnRiskDecider,
        stream: tenantStream(tenantId, churnRiskStream(review.memberId, review.communityId)),
        command: { type: 'ReviewChurnRisk', ...review, note: sealedNote, at: new Date(), by: actorOf(identity) },
        commandName: 'ReviewChurnRisk',
        context: { idempotencyKey },
        projections: [churnRiskProjection],
      });
    });
  }
}
