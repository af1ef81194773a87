import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { newCouponCode } from '../coupon-code';
import { couponDecider, type BatchFacts } from '../coupon.decider';
import { CouponError } from '../coupon.error';
import { couponStream } from '../coupon.events';

/**
 * The batch's facts, with its row locked until the claim commits: claims on one batch queue here, so
 * each decides on the count the previous one left and the stock can never be oversold.
 */
async function lockBatch(client: PoolClient, tenantId: string, batchId: string, memberId: string): Promise<BatchFacts> {
  const { rows } = await client.query<Omit<BatchFacts, 'claimedByMember'> & { campaignStatus: string | null }>(
    `SELECT b.batch_id AS "batchId", b.claimed, c.status AS "campaignStatus",
            json_build_object('campaignId', b.campaign_id, 'name', b.name, 'stock', b.stock, 'perMemberLimit', b.per_member_limit,
                              'validFrom', b.valid_from, 'validUntil', b.valid_until, 'benefit', b.benefit) AS terms
     FROM coupon_batches b LEFT JOIN campaigns c ON c.tenant_id = b.tenant_id AND c.campaign_id = b.campaign_id
     WHERE b.tenant_id = $1 AND b.batch_id = $2
     FOR UPDATE OF b`,
    [tenantId, batchId],
  );
  const batch = rows[0];
  if (!batch) throw new CouponError('COUPON_BATCH_NOT_FOUND', 'No such coupon batch', { batchId });
  const member = await client.query<{ count: number }>('SELECT count(*)::int AS count FROM coupons WHERE tenant_id = $1 AND batch_id = $2 AND member_id = $3', [
    tenantId,
    batchId,
    memberId.trim(),
  ]);
  const iso = (instant: string) => new Date(instant).toISOString();
  const terms = { ...batch.terms, validFrom: iso(batch.terms.validFrom), validUntil: iso(batch.terms.validUntil) };
  return { ...batch, terms, campaignStatus: batch.campaignStatus ?? 'none', claimedByMember: member.rows[0]!.count };
}

@Injectable()
export class ClaimCouponUseCase {
  constructor(private readonly store: EventStore) {}

  /** The coupon issued to the member; a retry with the same idempotency key gets the first one. */
  execute(identity: Identity, input: { batchId: string; memberId: string }, idempotencyKey?: string): Promise<string> {
    const couponId = randomUUID();
    return this.store.transaction(async (client) => {
      const batch = await lockBatch(client, identity.tenant, input.batchId, input.memberId);
      const { result } = await this.store.handleIn(client, {
        decider: couponDecider,
        stream: { tenantId: identity.tenant, ...couponStream(couponId) },
        command: { type: 'ClaimCoupon', couponId, code: newCouponCode(), memberId: input.memberId, batch, now: new Date(), by: identity.sub },
        context: { idempotencyKey },
        result: () => ({ couponId }),
      });
      return result.couponId;
    });
  }
}
