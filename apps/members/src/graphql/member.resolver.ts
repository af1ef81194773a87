import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, PageArgs, RequestError, RequirePermissions, canAccessCommunity, hasPermission, type Identity } from '@groundswell/service-kit';
import type { IdentityKind } from '@groundswell/events';
import { EraseMemberUseCase, type ErasureBasis } from '../members/use-cases/erase-member.use-case';
import { RecordConsentUseCase, type ConsentDecision } from '../members/use-cases/record-consent.use-case';
import { EvaluateLifecycleUseCase } from '../lifecycle/evaluate-lifecycle.use-case';
import { MergeMembersUseCase } from '../members/use-cases/merge-members.use-case';
import { JoinCommunityUseCase } from '../members/use-cases/join-community.use-case';
import { LeaveCommunityUseCase } from '../members/use-cases/leave-community.use-case';
import { MemberQueries, type MemberRow } from '../queries/member-queries';
import { actorOf } from '../shared/actor-of';
import { ErasureBasisEnum } from './enums';
import { ConsentDecisionInput, JoinCommunityInput, MergePayload, JoinCommunityPayload, Member, MemberConnection, MemberIdentity, MemberPayload, MemberProfile, MembersFilter, Membership, UpdateMemberProfileInput } from './member.types';
import { UpdateMemberProfileUseCase } from '../members/use-cases/update-member-profile.use-case';

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
    private readonly eraseMemberUseCase: EraseMemberUseCase,
    private readonly recordConsentUseCase: RecordConsentUseCase,
    private readonly mergeMembersUseCase: MergeMembersUseCase,
    private readonly evaluateLifecycleUseCase: EvaluateLifecycleUseCase,
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
    @Args('idempotencyKey', { nullable: true }) idempotencyKey?: string,
  ): Promise<JoinCommunityPayload> {
    if (!canAccessCommunity(identity, input.communityId)) throw new RequestError('FORBIDDEN', 'Outside your community scope');
    const identities = input.identities.map((each) => ({ ...each, kind: each.kind as IdentityKind }));
    const result = await this.joinCommunityUseCase.execute(identity, { ...input, identities }, idempotencyKey);
    return { member: await this.readBack(identity, result.memberId), newMember: result.newMember };
  }

  @Mutation(() => MemberPayload, { description: 'Changes profile fields (encrypted with the member\'s key); null clears a field' })
  @RequirePermissions('members:manage')
  async updateMemberProfile(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('input') input: UpdateMemberProfileInput,
    @Args('idempotencyKey', { nullable: true }) idempotencyKey?: string,
  ): Promise<MemberPayload> {
    await this.updateMemberProfileUseCase.execute(identity, memberId, { ...input }, idempotencyKey);
    return { member: await this.readBack(identity, memberId) };
  }

  @Mutation(() => MemberPayload)
  @RequirePermissions('members:manage')
  async leaveCommunity(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('idempotencyKey', { nullable: true }) idempotencyKey?: string,
  ): Promise<MemberPayload> {
    await this.leaveCommunityUseCase.execute(identity, memberId, { kind: 'leave', communityId }, idempotencyKey);
    return { member: await this.readBack(identity, memberId) };
  }

  @Mutation(() => MemberPayload, { description: 'Removal from a community is a sanction; `ban` keeps them out' })
  @RequirePermissions('moderation:sanction')
  async removeFromCommunity(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('ban', { defaultValue: false }) ban: boolean,
    @Args('idempotencyKey', { nullable: true }) idempotencyKey?: string,
  ): Promise<MemberPayload> {
    await this.leaveCommunityUseCase.execute(identity, memberId, { kind: 'remove', communityId, ban }, idempotencyKey);
    return { member: await this.readBack(identity, memberId) };
  }

  @Mutation(() => MemberPayload, { description: 'Destroys the member\'s data key: personal data becomes unreadable everywhere' })
  @RequirePermissions('members:erase')
  async eraseMember(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('basis', { type: () => ErasureBasisEnum }) basis: string,
  ): Promise<MemberPayload> {
    await this.eraseMemberUseCase.execute(identity, memberId, basis as ErasureBasis);
    return { member: await this.readBack(identity, memberId) };
  }

  @Mutation(() => MemberPayload, { description: 'Records a consent decision (PIPL): granted or revoked, with source and policy version' })
  @RequirePermissions('members:manage')
  async recordConsent(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('decision') decision: ConsentDecisionInput,
    @Args('idempotencyKey', { nullable: true }) idempotencyKey?: string,
  ): Promise<MemberPayload> {
    await this.recordConsentUseCase.execute(identity, memberId, decision as ConsentDecision, idempotencyKey);
    return { member: await this.readBack(identity, memberId) };
  }

  @Mutation(() => MergePayload, { description: 'Merges a duplicate into a survivor; every fact needed to undo it is kept' })
  @RequirePermissions('members:manage')
  async mergeMembers(
    @CurrentIdentity() identity: Identity,
    @Args('duplicateId', { type: () => ID }) duplicateId: string,
    @Args('survivorId', { type: () => ID }) survivorId: string,
    @Args('reason') reason: string,
  ): Promise<MergePayload> {
    const { mergeId } = await this.mergeMembersUseCase.merge(identity, { duplicateId, survivorId, reason });
    return { mergeId, survivor: await this.readBack(identity, survivorId), duplicate: await this.readBack(identity, duplicateId) };
  }

  @Mutation(() => MergePayload, { description: 'Undoes a merge: both members are restored exactly, and the history keeps both' })
  @RequirePermissions('members:manage')
  async unmergeMembers(
    @CurrentIdentity() identity: Identity,
    @Args('survivorId', { type: () => ID }) survivorId: string,
    @Args('duplicateId', { type: () => ID }) duplicateId: string,
    @Args('mergeId', { type: () => ID }) mergeId: string,
    @Args('reason') reason: string,
  ): Promise<MergePayload> {
    await this.mergeMembersUseCase.unmerge(identity, { survivorId, duplicateId, mergeId, reason });
    return { mergeId, survivor: await this.readBack(identity, survivorId), duplicate: await this.readBack(identity, duplicateId) };
  }

  @Mutation(() => MemberPayload, { description: 'Applies the lifecycle rules now: promotions at once, demotions on their cadence' })
  @RequirePermissions('members:manage')
  async evaluateMemberLifecycle(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<MemberPayload> {
    if (!canAccessCommunity(identity, communityId)) throw new RequestError('FORBIDDEN', 'Outside your community scope');
    await this.evaluateLifecycleUseCase.execute(identity.tenant, memberId, communityId, actorOf(identity));
    return { member: await this.readBack(identity, memberId) };
  }

  private async readBack(identity: Identity, memberId: string): Promise<MemberRow> {
    const member = await this.queries.member(identity.tenant, memberId);
    if (!member) throw new RequestError('NOT_FOUND', 'No such member', { memberId });
    return member;
  }
}
