import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { couponBatchDecider } from '../coupon-batch.decider';
import { CouponError } from '../coupon.error';
import { couponBatchStream, type CouponBatchTerms } from '../coupon.events';

@Injectable()
export class CreateCouponBatchUseCase {
  constructor(private readonly store: EventStore) {}

  /** The new batch's id; a retry with the same idempotency key gets the first one's. */
  execute(identity: Identity, terms: CouponBatchTerms, idempotencyKey?: string): Promise<string> {
    const batchId = randomUUID();
    return this.store.transaction(async (client) => {
      const { rows } = await client.query<{ status: string }>('SELECT status FROM campaigns WHERE tenant_id = $1 AND campaign_id = $2', [identity.tenant, terms.campaignId]);
      if (!rows[0]) throw new CouponError('CAMPAIGN_NOT_FOUND', 'No such campaign', { campaignId: terms.campaignId });
      if (rows[0].status === 'ended' || rows[0].status === 'reviewed') throw new CouponError('CAMPAIGN_NOT_RUNNING', 'The campaign is over', { status: rows[0].status });
      const { result } = await this.store.handleIn(client, {
        decider: couponBatchDecider,
        stream: { tenantId: identity.tenant, ...couponBatchStream(batchId) },
        command: { type: 'CreateCouponBatch', batchId, terms, by: identity.sub },
        context: { idempotencyKey },
        result: () => ({ batchId }),
      });
      return result.batchId;
    });
  }
}
