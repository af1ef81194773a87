import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, RequestError, RequirePermissions } from '@groundswell/service-kit';
import type { PointsSourceKind } from '@groundswell/events';
import { PointsQueries, type PointsAccountRow } from '../points-queries';
import { AdjustPointsUseCase } from '../use-cases/adjust-points.use-case';
import { EarnPointsUseCase } from '../use-cases/earn-points.use-case';
import { RedeemPointsUseCase } from '../use-cases/redeem-points.use-case';
import { EarnPointsInput, PointsAccount } from './points.types';

@Resolver(() => PointsAccount)
export class PointsResolver {
  constructor(
    private readonly queries: PointsQueries,
    private readonly earnPointsUseCase: EarnPointsUseCase,
    private readonly adjustPointsUseCase: AdjustPointsUseCase,
    private readonly redeemPointsUseCase: RedeemPointsUseCase,
  ) {}

  @Query(() => PointsAccount, { nullable: true, description: 'A member\'s points account; null for an unknown member' })
  @RequirePermissions('members:read')
  pointsAccount(@CurrentIdentity() identity: Identity, @Args('memberId', { type: () => ID }) memberId: string) {
    return this.queries.pointsAccount(identity.tenant, memberId);
  }

  @Mutation(() => PointsAccount, { description: 'Credits points once per source reference: a retried award never pays twice' })
  @RequirePermissions('members:manage')
  async earnPoints(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: EarnPointsInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<PointsAccountRow> {
    await this.earnPointsUseCase.execute(identity, { ...input, sourceKind: input.sourceKind as PointsSourceKind }, idempotencyKey);
    return this.readBack(identity, input.memberId);
  }

  @Mutation(() => PointsAccount, { description: 'An operator\'s correction: positive adds, negative takes (never below zero)' })
  @RequirePermissions('members:manage')
  async adjustPoints(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('amount', { type: () => Int }) amount: number,
    @Args('reason') reason: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<PointsAccountRow> {
    await this.adjustPointsUseCase.execute(identity, { memberId, amount, reason }, idempotencyKey);
    return this.readBack(identity, memberId);
  }

  @Mutation(() => PointsAccount, { description: 'Spends points, never below zero: a shortfall fails with `extensions.code` CONFLICT and `extensions.reason` INSUFFICIENT_POINTS' })
  @RequirePermissions('members:manage')
  async redeemPoints(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('amount', { type: () => Int }) amount: number,
    @Args('redemptionId', { type: () => ID, description: 'Your id for the redemption; resending it never charges twice' }) redemptionId: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<PointsAccountRow> {
    await this.redeemPointsUseCase.execute(identity, { memberId, amount, redemptionId }, idempotencyKey);
    return this.readBack(identity, memberId);
  }

  private async readBack(identity: Identity, memberId: string): Promise<PointsAccountRow> {
    const account = await this.queries.pointsAccount(identity.tenant, memberId);
    if (!account) throw new RequestError('NOT_FOUND', 'No such member', { memberId });
    return account;
  }
}
