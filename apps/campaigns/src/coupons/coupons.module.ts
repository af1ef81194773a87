import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { couponProjections } from './coupon.projection';
import { CouponQueries } from './coupon.queries';
import { CouponResolver } from './graphql/coupon.resolver';
import { ClaimCouponUseCase } from './use-cases/claim-coupon.use-case';
import { CreateCouponBatchUseCase } from './use-cases/create-coupon-batch.use-case';
import { RedeemCouponUseCase } from './use-cases/redeem-coupon.use-case';

@Module({
  providers: [eventStoreProvider(couponProjections), CouponQueries, CouponResolver, CreateCouponBatchUseCase, ClaimCouponUseCase, RedeemCouponUseCase],
})
export class CouponsModule {}
