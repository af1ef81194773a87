import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, PageArgs, RequestError, RequirePermissions, canAccessCommunity, type Identity } from '@groundswell/service-kit';
import { MemberConnection } from '../../membership/graphql/member.types';
import type { SegmentFilter as Filter } from '../segment-filter';
import { SegmentQueries, type SegmentRow } from '../segment-queries';
import { CreateSegmentUseCase } from '../use-cases/create-segment.use-case';
import { DeleteSegmentUseCase } from '../use-cases/delete-segment.use-case';
import { UpdateSegmentUseCase } from '../use-cases/update-segment.use-case';
import { CreateSegmentInput, DeleteSegmentPayload, Segment, SegmentConnection, UpdateSegmentInput } from './segment.types';

const requireCommunityScope = (identity: Identity, communityId: string) => {
  if (!canAccessCommunity(identity, communityId)) throw new RequestError('FORBIDDEN', 'Outside your community scope');
};

@Resolver(() => Segment)
export class SegmentResolver {
  constructor(
    private readonly queries: SegmentQueries,
    private readonly createSegmentUseCase: CreateSegmentUseCase,
    private readonly updateSegmentUseCase: UpdateSegmentUseCase,
    private readonly deleteSegmentUseCase: DeleteSegmentUseCase,
  ) {}

  @Query(() => SegmentConnection, { description: 'The tenant\'s segments in your community scope, oldest first' })
  @RequirePermissions('members:read')
  segments(@CurrentIdentity() identity: Identity, @Args('communityId', { type: () => ID, nullable: true }) communityId: string | undefined, @Args() page: PageArgs) {
    return this.queries.segments(identity.tenant, { communityId, scope: identity.communities }, page.first, page.after);
  }

  @Query(() => Segment, { nullable: true })
  @RequirePermissions('members:read')
  async segment(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    const segment = await this.queries.segment(identity.tenant, id);
    if (segment) requireCommunityScope(identity, segment.communityId);
    return segment;
  }

  @Mutation(() => Segment, { description: 'Saves a segment and fills it with everyone who matches now' })
  @RequirePermissions('members:manage')
  async createSegment(@CurrentIdentity() identity: Identity, @Args('input') input: CreateSegmentInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    requireCommunityScope(identity, input.filter.communityId);
    const { segmentId } = await this.createSegmentUseCase.execute(identity, { name: input.name, filter: input.filter as Filter }, idempotencyKey);
    return this.queries.segment(identity.tenant, segmentId);
  }

  @Mutation(() => Segment, { description: 'Renames a segment or replaces its filter; members enter and leave for the difference at once' })
  @RequirePermissions('members:manage')
  async updateSegment(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSegmentInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ) {
    await this.requireVisibleSegment(identity, id);
    if (input.filter) requireCommunityScope(identity, input.filter.communityId);
    await this.updateSegmentUseCase.execute(identity, id, { name: input.name, filter: input.filter as Filter | undefined }, idempotencyKey);
    return this.queries.segment(identity.tenant, id);
  }

  @Mutation(() => DeleteSegmentPayload, { description: 'Archives a segment: its members leave, its history stays' })
  @RequirePermissions('members:manage')
  async deleteSegment(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<DeleteSegmentPayload> {
    await this.requireVisibleSegment(identity, id);
    return this.deleteSegmentUseCase.execute(identity, id, idempotencyKey);
  }

  @ResolveField(() => Int)
  @RequirePermissions('members:read')
  memberCount(@CurrentIdentity() identity: Identity, @Parent() segment: SegmentRow) {
    return this.queries.memberCount(identity.tenant, segment.id);
  }

  private async requireVisibleSegment(identity: Identity, id: string): Promise<void> {
    const segment = await this.queries.segment(identity.tenant, id);
    // An archived segment reads as absent; the use case answers NOT_FOUND (or a retried key's first result).
    if (segment) requireCommunityScope(identity, segment.communityId);
  }

  @ResolveField(() => MemberConnection, { description: 'Members in the order they entered the segment' })
  @RequirePermissions('members:read')
  members(@CurrentIdentity() identity: Identity, @Parent() segment: SegmentRow, @Args() page: PageArgs) {
    return this.queries.members(identity.tenant, segment.id, page.first, page.after);
  }
}
