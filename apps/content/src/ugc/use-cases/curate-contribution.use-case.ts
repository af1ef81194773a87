import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { contributionDecider } from '../contribution.decider';
import { contributionStream } from '../contribution.events';
import { requireCommunityScope } from './community-scope';
import { contributionRow, ugcSettingsOf } from './contribution-rows';

export type Curation = { type: 'PinContribution' | 'UnpinContribution' } | { type: 'PromoteContribution'; note?: string | null };

/** Operators steer threads (pin, CNT-44) and showcase UGC (promote, CNT-46); a showcased contribution earns its author points once. */
@Injectable()
export class CurateContributionUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, contributionId: string, curation: Curation, idempotencyKey?: string): Promise<void> {
    await this.store.transaction(async (client) => {
      const row = await contributionRow(client, identity.tenant, contributionId);
      requireCommunityScope(identity, row.communityId);
      const command =
        curation.type === 'PromoteContribution'
          ? { type: curation.type, note: curation.note ?? undefined, rewardPoints: (await ugcSettingsOf(client, identity.tenant, row.communityId)).rewardPoints, by: identity.sub }
          : { type: curation.type, by: identity.sub };
      await this.store.handleIn(client, {
        decider: contributionDecider,
        stream: { tenantId: identity.tenant, ...contributionStream(contributionId) },
        command,
        context: { idempotencyKey },
      });
    }, { retryOnConflict: true });
  }
}
