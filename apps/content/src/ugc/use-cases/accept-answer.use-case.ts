import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { AcceptAnswer } from '../contribution.commands';
import { contributionDecider } from '../contribution.decider';
import { ContributionError } from '../contribution.error';
import { contributionStream } from '../contribution.events';
import { requireCommunityScope } from './community-scope';
import { contributionRow, ugcSettingsOf } from './contribution-rows';

export interface AcceptAnswerInput {
  answerId: string;
  /** The asker accepting; absent when an operator accepts for the community. */
  acceptedByMemberId?: string | null;
}

/** Accepts an answer (CNT-48): one per question, by its asker or an operator; the answer's author earns points once. */
@Injectable()
export class AcceptAnswerUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, input: AcceptAnswerInput, canCurate: boolean, idempotencyKey?: string): Promise<void> {
    await this.store.transaction(async (client) => {
      const answer = await contributionRow(client, identity.tenant, input.answerId);
      requireCommunityScope(identity, answer.communityId);
      if (answer.kind !== 'answer' || !answer.parentId) throw new ContributionError('NOT_AN_ANSWER', 'Only an answer is accepted', { kind: answer.kind });
      // The question's row is locked: two answers accepted at once queue here, and the second sees the first.
      const question = await contributionRow(client, identity.tenant, answer.parentId, { lock: true });
      const acceptor: AcceptAnswer['acceptor'] = input.acceptedByMemberId ? { memberId: input.acceptedByMemberId } : canCurate ? { operator: true } : { memberId: '' };
      const { rewardPoints } = await ugcSettingsOf(client, identity.tenant, answer.communityId);
      await this.store.handleIn(client, {
        decider: contributionDecider,
        stream: { tenantId: identity.tenant, ...contributionStream(input.answerId) },
        command: {
          type: 'AcceptAnswer',
          question: { contributionId: question.contributionId, authorMemberId: question.authorMemberId ?? undefined, acceptedAnswerId: question.acceptedAnswerId },
          acceptor,
          rewardPoints,
          by: identity.sub,
        },
        context: { idempotencyKey },
      });
    });
  }
}
