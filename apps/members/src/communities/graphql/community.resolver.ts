import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { canAccessCommunity, CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import type { Platform } from '@groundswell/events';
import { CreateCommunityUseCase } from '../use-cases/create-community.use-case';
import { MemberQueries } from '../../membership/member-queries';
import { Community, CommunityConnection, CreateCommunityInput, CreateCommunityPayload } from './community.types';

@Resolver(() => Community)
export class CommunityResolver {
  constructor(
    private readonly queries: MemberQueries,
    private readonly createCommunityUseCase: CreateCommunityUseCase,
  ) {}

  @Query(() => Community, { nullable: true, description: 'One community of your tenant' })
  @RequirePermissions('members:read')
  community(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return canAccessCommunity(identity, id) ? this.queries.community(identity.tenant, id) : null;
  }

  @Query(() => CommunityConnection, { description: 'Your tenant\'s communities, oldest first' })
  @RequirePermissions('members:read')
  communities(@CurrentIdentity() identity: Identity, @Args() page: PageArgs) {
    return this.queries.communities(identity.tenant, page.first, page.after);
  }

  @Mutation(() => CreateCommunityPayload)
  @RequirePermissions('communities:manage')
  async createCommunity(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: CreateCommunityInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<CreateCommunityPayload> {
    const { communityId } = await this.createCommunityUseCase.execute(identity, { ...input, platform: input.platform as Platform }, idempotencyKey);
    const community = await requireWritten(this.queries.community(identity.tenant, communityId), 'community');
    return { community };
  }
}
