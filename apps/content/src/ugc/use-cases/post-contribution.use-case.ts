import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { KnownCommunities } from '../../content-items/known-communities/known-communities';
import { contributionDecider } from '../contribution.decider';
import { contributionStream } from '../contribution.events';
import type { ContributionKind } from '../contribution.state';
import { requireCommunityScope } from './community-scope';
import { contributionRow, ugcSettingsOf } from './contribution-rows';

export interface PostContributionInput {
  communityId: string;
  kind: ContributionKind;
  parentId?: string | null;
  authorMemberId?: string | null;
  title?: string | null;
  body: string;
  pollOptions?: string[] | null;
}

/** Posts a contribution under the community's moderation mode and asks moderation to screen it (by event). */
@Injectable()
export class PostContributionUseCase {
  constructor(
    private readonly store: EventStore,
    private readonly communities: KnownCommunities,
  ) {}

  /** The new contribution's id; a retry with the same idempotency key gets the first one's. */
  async execute(identity: Identity, input: PostContributionInput, idempotencyKey?: string): Promise<string> {
    requireCommunityScope(identity, input.communityId);
    await this.communities.assertKnown(identity.tenant, [input.communityId]);
    const contributionId = randomUUID();
    return this.store.transaction(async (client) => {
      const parent = input.parentId ? await contributionRow(client, identity.tenant, input.parentId, { missing: 'PARENT_NOT_FOUND' }) : undefined;
      const { moderation } = await ugcSettingsOf(client, identity.tenant, input.communityId);
      const { result } = await this.store.handleIn(client, {
        decider: contributionDecider,
        stream: { tenantId: identity.tenant, ...contributionStream(contributionId) },
        command: {
          type: 'PostContribution',
          contributionId,
          communityId: input.communityId,
          kind: input.kind,
          parent,
          authorMemberId: input.authorMemberId ?? undefined,
          title: input.title ?? undefined,
          body: input.body,
          pollOptions: input.pollOptions ?? undefined,
          moderation,
          screeningId: randomUUID(),
          by: identity.sub,
        },
        context: { idempotencyKey },
        result: () => ({ contributionId }),
      });
      return result.contributionId;
    });
  }
}
