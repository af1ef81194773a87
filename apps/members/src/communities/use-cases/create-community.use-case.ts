import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Platform } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { communityDecider } from '../community.decider';
import { MemberDomainError } from '../../shared/member-domain.error';
import { memberStreams } from '../../shared/stream-ids';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';

export interface CreateCommunityInput {
  name: string;
  platform: Platform;
  externalId?: string;
}

@Injectable()
export class CreateCommunityUseCase {
  constructor(private readonly context: MembersContext) {}

  async execute(identity: Identity, input: CreateCommunityInput, idempotencyKey?: string): Promise<{ communityId: string }> {
    const communityId = randomUUID();
    try {
      const outcome = await this.context.store.handle({
        decider: communityDecider,
        stream: tenantStream(identity.tenant, memberStreams.community(communityId)),
        command: { type: 'CreateCommunity', communityId, name: input.name, platform: input.platform, externalId: input.externalId, by: actorOf(identity) },
        context: { idempotencyKey },
        result: () => ({ communityId }),
      });
      return outcome.result;
    } catch (error) {
      // The read model's unique index is what keeps a platform group registered once per tenant.
      if ((error as { constraint?: string }).constraint === 'communities_external_id') {
        throw new MemberDomainError('COMMUNITY_ALREADY_EXISTS', 'This platform group is registered already', { externalId: input.externalId });
      }
      throw error;
    }
  }
}
