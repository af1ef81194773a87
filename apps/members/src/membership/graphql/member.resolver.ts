import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, PageArgs, RequestError, RequirePermissions, canAccessCommunity, hasPermission, type Identity } from '@groundswell/service-kit';
import type { IdentityKind } from '@groundswell/events';
import { JoinCommunityUseCase } from '../use-cases/join-community.use-case';
import { LeaveCommunityUseCase } from '../use-cases/leave-community.use-case';
import { MemberQueries, type MemberRow } from '../member-queries';
import { JoinCommunityInput, JoinCommunityPayload, Member, MemberConnection, MemberIdentity, MemberPayload, MemberProfile, MembersFilter, Membership, UpdateMemberProfileInput } from './member.types';
import { UpdateMemberProfileUseCase } from '../use-cases/update-member-profile.use-case';

/** Personal fields resolve to their plaintext only for callers allowed to read personal data. */
function mayReadPersonal(identity: Identity): boolean {
  return hasPermission(identity, 'members:read-personal');
}

@Resolver(() => Member)
export class MemberResolver {
  constructor(
    private readonly queries: MemberQueries,
    private readonly joinCommunityUseCase: JoinCommunityUseCase,
    private readonly leaveCommunityUseCase: LeaveCommunityUseCase,
    private readonly updateMemberProfileUseCase: UpdateMemberProfileUseCase,
  ) {}

  @Query(() => Member, { nullable: true })
  @RequirePermissions('members:read')
  member(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.queries.member(identity.tenant, id);
  }

  @Query(() => MemberConnection, { description: 'Members of one community, in join order' })
  @RequirePermissions('members:read')
  members(@CurrentIdentity() identity: Identity, @Args('filter') filter: MembersFilter, @Args() page: PageArgs) {
    if (!canAccessCommunity(identity, filter.communityId)) throw new RequestError('FORBIDDEN', 'Outside your community scope');
    return this.queries.members(identity.tenant, filter, page.first, page.after);
  }

  @ResolveField(() => String, { nullable: true })
  displayName(@CurrentIdentity() identity: Identity, @Parent() member: MemberRow) {
    if (!mayReadPersonal(identity)) throw new RequestError('FORBIDDEN', 'Reading personal data needs members:read-personal');
    return this.queries.reveal(identity.tenant, member.id, member.displayNameSealed);
  }

  @ResolveField(() => MemberProfile)
  async profile(@CurrentIdentity() identity: Identity, @Parent() member: MemberRow): Promise<MemberProfile> {
    if (!mayReadPersonal(identity)) throw new RequestError('FORBIDDEN', 'Reading personal data needs members:read-personal');
    return (await this.queries.profile(identity.tenant, member.id))!;
  }

  @ResolveField(() => [MemberIdentity])
  async identities(@CurrentIdentity() identity: Identity, @Parent() member: MemberRow): Promise<MemberIdentity[]> {
    const rows = await this.queries.identities(identity.tenant, member.id);
    const reveal = mayReadPersonal(identity);
    return Promise.all(
      rows.map(async (row) => ({ ...row, value: reveal ? await this.queries.reveal(identity.tenant, row.sealedBy, row.sealed) : null })),
    );
  }

  @ResolveField(() => [Membership])
  async memberships(@CurrentIdentity() identity: Identity, @Parent() member: MemberRow): Promise<Membership[]> {
    const rows = await this.queries.memberships(identity.tenant, member.id);
    const visible = rows.filter((row) => canAccessCommunity(identity, row.communityId));
    return Promise.all(
      visible.map(async (row) => ({ ...row, community: (await this.queries.community(identity.tenant, row.communityId))! })),
    );
  }

  @Mutation(() => JoinCommunityPayload, { description: 'A person joins a community; a known identity attaches the join to its member' })
  @RequirePermissions('members:manage')
  async joinCommunity(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: JoinCommunityInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<JoinCommunityPayload> {
    if (!canAccessCommunity(identity, input.communityId)) throw new RequestError('FORBIDDEN', 'Outside your community scope');
    const identities = input.identities.map((each) => ({ ...each, kind: each.kind as IdentityKind }));
    const result = await this.joinCommunityUseCase.execute(identity, { ...input, identities }, idempotencyKey);
    return { member: await this.queries.requireMember(identity.tenant, result.memberId), newMember: result.newMember };
  }

  @Mutation(() => MemberPayload, { description: 'Changes profile fields (encrypted with the member\'s key); null clears a field' })
  @RequirePermissions('members:manage')
  async updateMemberProfile(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('input') input: UpdateMemberProfileInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<MemberPayload> {
    await this.updateMemberProfileUseCase.execute(identity, memberId, { ...input }, idempotencyKey);
    return { member: await this.queries.requireMember(identity.tenant, memberId) };
  }

  @Mutation(() => MemberPayload)
  @RequirePermissions('members:manage')
  async leaveCommunity(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('communityId', { type: () => ID }) communityId: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<MemberPayload> {
    await this.leaveCommunityUseCase.execute(identity, memberId, { kind: 'leave', communityId }, idempotencyKey);
    return { member: await this.queries.requireMember(identity.tenant, memberId) };
  }

  @Mutation(() => MemberPayload, { description: 'Removal from a community is a sanction; `ban` keeps them out' })
  @RequirePermissions('moderation:sanction')
  async removeFromCommunity(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('ban', { defaultValue: false }) ban: boolean,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<MemberPayload> {
    await this.leaveCommunityUseCase.execute(identity, memberId, { kind: 'remove', communityId, ban }, idempotencyKey);
    return { member: await this.queries.requireMember(identity.tenant, memberId) };
  }
}
