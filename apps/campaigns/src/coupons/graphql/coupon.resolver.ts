import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, isoInstant, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { CouponQueries } from '../coupon.queries';
import { ClaimCouponUseCase } from '../use-cases/claim-coupon.use-case';
import { CreateCouponBatchUseCase } from '../use-cases/create-coupon-batch.use-case';
import { RedeemCouponUseCase } from '../use-cases/redeem-coupon.use-case';
import { ClaimCouponInput, Coupon, CouponBatch, CouponBatchConnection, CouponBatchPayload, CouponConnection, CouponFilterInput, CouponPayload, CreateCouponBatchInput, RedeemCouponInput } from './coupon.types';

@Resolver(() => Coupon)
export class CouponResolver {
  constructor(
    private readonly queries: CouponQueries,
    private readonly createCouponBatchUseCase: CreateCouponBatchUseCase,
    private readonly claimCouponUseCase: ClaimCouponUseCase,
    private readonly redeemCouponUseCase: RedeemCouponUseCase,
  ) {}

  @Query(() => CouponBatchConnection, { description: 'Coupon batches, newest first, of one campaign or all' })
  @RequirePermissions('campaigns:read-definitions')
  couponBatches(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('campaignId', { type: () => ID, nullable: true }) campaignId?: string | null) {
    return this.queries.batches(identity.tenant, campaignId ?? null, page);
  }

  @Query(() => CouponBatch, { nullable: true })
  @RequirePermissions('campaigns:read-definitions')
  couponBatch(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.queries.batch(identity.tenant, id);
  }

  @Query(() => CouponConnection, { description: 'Coupons issued, newest first' })
  @RequirePermissions('campaigns:read')
  coupons(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('filter', { type: () => CouponFilterInput, nullable: true }) filter?: CouponFilterInput | null) {
    return this.queries.coupons(identity.tenant, filter ?? {}, page);
  }

  @Mutation(() => CouponBatchPayload)
  @RequirePermissions('campaigns:manage')
  async createCouponBatch(@CurrentIdentity() identity: Identity, @Args('input') input: CreateCouponBatchInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<CouponBatchPayload> {
    const terms = { ...input, validFrom: isoInstant(input.validFrom, 'validFrom'), validUntil: isoInstant(input.validUntil, 'validUntil'), benefit: { kind: input.benefit.kind, value: input.benefit.value } };
    const id = await this.createCouponBatchUseCase.execute(identity, terms, idempotencyKey);
    const couponBatch = await requireWritten(this.queries.batch(identity.tenant, id), 'coupon batch');
    return { couponBatch };
  }

  @Mutation(() => CouponPayload, { description: 'Issues a coupon of the batch to a member, while its campaign runs; never beyond stock or the member\'s limit' })
  @RequirePermissions('campaigns:manage')
  async claimCoupon(@CurrentIdentity() identity: Identity, @Args('input') input: ClaimCouponInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<CouponPayload> {
    return this.readBack(identity, await this.claimCouponUseCase.execute(identity, input, idempotencyKey));
  }

  @Mutation(() => CouponPayload, { description: 'Redeems a coupon for an order, once; a retry for the same order answers the same coupon' })
  @RequirePermissions('conversions:record')
  async redeemCoupon(@CurrentIdentity() identity: Identity, @Args('input') input: RedeemCouponInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<CouponPayload> {
    return this.readBack(identity, await this.redeemCouponUseCase.execute(identity, input, idempotencyKey));
  }

  private async readBack(identity: Identity, couponId: string): Promise<CouponPayload> {
    const coupon = await requireWritten(this.queries.coupon(identity.tenant, couponId), 'coupon');
    return { coupon };
  }
}
