import { isUuid } from '@groundswell/service-kit';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { KnownCommunities } from '../../content-items/known-communities/known-communities';
import { ContributionError } from '../contribution.error';
import { ugcSettingsDecider, ugcSettingsStream, type UgcSettings } from '../settings/ugc-settings.decider';
import { requireCommunityScope } from './community-scope';

/** A community's UGC moderation mode (pre or post) and the points an accepted contribution earns. */
@Injectable()
export class SetUgcSettingsUseCase {
  constructor(
    private readonly store: EventStore,
    private readonly communities: KnownCommunities,
  ) {}

  async execute(identity: Identity, communityId: string, settings: UgcSettings, idempotencyKey?: string): Promise<void> {
    if (!isUuid(communityId)) throw new ContributionError('COMMUNITY_ID_INVALID', 'communityId is not a community id');
    requireCommunityScope(identity, communityId);
    await this.communities.assertKnown(identity.tenant, [communityId]);
    await this.store.handle({
      decider: ugcSettingsDecider,
      stream: { tenantId: identity.tenant, ...ugcSettingsStream(communityId) },
      command: { type: 'SetUgcSettings', communityId, settings, by: identity.sub },
      context: { idempotencyKey },
      retryOnConflict: true,
    });
  }
}
