import { isUuid } from '@groundswell/service-kit';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { contributionDecider } from '../contribution.decider';
import { ContributionError } from '../contribution.error';
import { contributionStream } from '../contribution.events';
import { requireCommunityScope } from './community-scope';
import { contributionRow } from './contribution-rows';

/** A member's vote in a poll (CNT-57), one per member. */
@Injectable()
export class VoteInPollUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, input: { pollId: string; memberId: string; option: number }, idempotencyKey?: string): Promise<void> {
    if (!isUuid(input.memberId)) throw new ContributionError('MEMBER_ID_INVALID', 'memberId is not a member id');
    // Votes on one poll race on its stream; decided again on fresh state, a member's second vote is refused.
    await this.store.transaction(async (client) => {
      const poll = await contributionRow(client, identity.tenant, input.pollId);
      requireCommunityScope(identity, poll.communityId);
      await this.store.handleIn(client, {
        decider: contributionDecider,
        stream: { tenantId: identity.tenant, ...contributionStream(input.pollId) },
        command: { type: 'VoteInPoll', memberId: input.memberId.toLowerCase(), option: input.option, by: identity.sub },
        context: { idempotencyKey },
      });
    }, { retryOnConflict: true });
  }
}
