import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { normaliseCouponCode } from '../coupon-code';
import { couponDecider } from '../coupon.decider';
import { CouponError } from '../coupon.error';
import { couponStream } from '../coupon.events';

@Injectable()
export class RedeemCouponUseCase {
  constructor(private readonly store: EventStore) {}

  /**
   * Redeems the coupon with `code` for an order; the order reference is the idempotency key a shop
   * already has, so any number of retries for one order redeem once. Returns the coupon's id.
   */
  async execute(identity: Identity, input: { code: string; orderReference: string }, idempotencyKey?: string): Promise<string> {
    const { rows } = await this.store.pool.query<{ couponId: string }>('SELECT coupon_id AS "couponId" FROM coupons WHERE tenant_id = $1 AND code = $2', [
      identity.tenant,
      normaliseCouponCode(input.code),
    ]);
    const couponId = rows[0]?.couponId;
    if (!couponId) throw new CouponError('COUPON_NOT_FOUND', 'No coupon has this code');
    await this.store.handle({
      decider: couponDecider,
      stream: { tenantId: identity.tenant, ...couponStream(couponId) },
      command: { type: 'RedeemCoupon', couponId, orderReference: input.orderReference, now: new Date(), by: identity.sub },
      context: { idempotencyKey },
      // Concurrent retries conflict on the stream; decided again on fresh state they find it redeemed for this order.
      retryOnConflict: true,
    });
    return couponId;
  }
}
