import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { MemberQueries } from '../membership/member-queries';
import { MergePayload } from './merge-payload.types';
import { MergeMembersUseCase } from './merge-members.use-case';

@Resolver()
export class MergeResolver {
  constructor(
    private readonly queries: MemberQueries,
    private readonly mergeMembersUseCase: MergeMembersUseCase,
  ) {}

  @Mutation(() => MergePayload, { description: 'Merges a duplicate into a survivor; every fact needed to undo it is kept' })
  @RequirePermissions('members:manage')
  async mergeMembers(
    @CurrentIdentity() identity: Identity,
    @Args('duplicateId', { type: () => ID }) duplicateId: string,
    @Args('survivorId', { type: () => ID }) survivorId: string,
    @Args('reason') reason: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<MergePayload> {
    const { mergeId } = await this.mergeMembersUseCase.merge(identity, { duplicateId, survivorId, reason }, idempotencyKey);
    return { mergeId, survivor: await this.queries.requireMember(identity.tenant, survivorId), duplicate: await this.queries.requireMember(identity.tenant, duplicateId) };
  }

  @Mutation(() => MergePayload, { description: 'Undoes a merge: both members are restored exactly, and the history keeps both' })
  @RequirePermissions('members:manage')
  async unmergeMembers(
    @CurrentIdentity() identity: Identity,
    @Args('survivorId', { type: () => ID }) survivorId: string,
    @Args('duplicateId', { type: () => ID }) duplicateId: string,
    @Args('mergeId', { type: () => ID }) mergeId: string,
    @Args('reason') reason: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<MergePayload> {
    await this.mergeMembersUseCase.unmerge(identity, { survivorId, duplicateId, mergeId, reason }, idempotencyKey);
    return { mergeId, survivor: await this.queries.requireMember(identity.tenant, survivorId), duplicate: await this.queries.requireMember(identity.tenant, duplicateId) };
  }
}
