import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, RequestError, RequirePermissions, canAccessCommunity, type Identity } from '@groundswell/service-kit';
import { MemberPayload } from '../membership/graphql/member.types';
import { MemberQueries } from '../membership/member-queries';
import { actorOf } from '../shared/actor-of';
import { EvaluateLifecycleUseCase } from './evaluate-lifecycle.use-case';

@Resolver()
export class EvaluateLifecycleResolver {
  constructor(
    private readonly queries: MemberQueries,
    private readonly evaluateLifecycleUseCase: EvaluateLifecycleUseCase,
  ) {}

  @Mutation(() => MemberPayload, { description: 'Applies the lifecycle rules now: promotions at once, demotions on their cadence' })
  @RequirePermissions('members:manage')
  async evaluateMemberLifecycle(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('communityId', { type: () => ID }) communityId: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<MemberPayload> {
    if (!canAccessCommunity(identity, communityId)) throw new RequestError('FORBIDDEN', 'Outside your community scope');
    await this.evaluateLifecycleUseCase.execute(identity.tenant, memberId, communityId, actorOf(identity), new Date(), idempotencyKey);
    return { member: await this.queries.requireMember(identity.tenant, memberId) };
  }
}
