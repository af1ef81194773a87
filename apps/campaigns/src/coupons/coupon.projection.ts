import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { couponTouchpointsProjection } from '../conversions/touchpoint.projections';
import { couponBatchStreamType, couponEventTypes, couponStreamType, type CouponBatchEvent, type CouponEvent } from './coupon.events';

export const couponBatchesProjection = defineProjection<CouponBatchEvent>('coupon_batches', {
  [couponEventTypes.batchCreated]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO coupon_batches (tenant_id, batch_id, campaign_id, name, stock, per_member_limit, valid_from, valid_until, benefit, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [tenantId, data.batchId, data.campaignId, data.name, data.stock, data.perMemberLimit, data.validFrom, data.validUntil, JSON.stringify(data.benefit), occurredAt, data.createdBy],
    ),
});

export const couponsProjection = defineProjection<CouponEvent>('coupons', {
  [couponEventTypes.claimed]: async (client, { tenantId, occurredAt, data }) => {
    await client.query(
      `INSERT INTO coupons (tenant_id, coupon_id, batch_id, campaign_id, member_id, code, valid_from, valid_until, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [tenantId, data.couponId, data.batchId, data.campaignId, data.memberId, data.code, data.validFrom, data.validUntil, occurredAt],
    );
    await client.query('UPDATE coupon_batches SET claimed = claimed + 1 WHERE tenant_id = $1 AND batch_id = $2', [tenantId, data.batchId]);
  },
  [couponEventTypes.redeemed]: (client, { tenantId, occurredAt, data }) =>
    client.query('UPDATE coupons SET order_reference = $3, redeemed_at = $4 WHERE tenant_id = $1 AND coupon_id = $2', [tenantId, data.couponId, data.orderReference, occurredAt]),
});

/** Applied by the event store on every append to a coupon batch or coupon stream. */
export const couponProjections: ProjectionRegistrations = { [couponBatchStreamType]: [couponBatchesProjection], [couponStreamType]: [couponsProjection, couponTouchpointsProjection] };
