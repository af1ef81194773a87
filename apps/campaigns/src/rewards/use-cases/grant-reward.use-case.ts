import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore, type CommandContext } from '@groundswell/event-store';
import type { GrantedReward, GrantReason, Reward } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { v5 as uuidv5 } from 'uuid';
import { couponProjections } from '../../coupons/coupon.projection';
import { ClaimCouponUseCase } from '../../coupons/use-cases/claim-coupon.use-case';
import { rewardGrantDecider } from '../reward-grant.decider';
import { RewardError } from '../reward.error';
import { rewardGrantStream } from '../reward.events';

// Names operator grants after their idempotency key, so a retried grant issues no second coupon.
const OPERATOR_GRANT_NAMESPACE = 'a3d0c6c4-5f4e-4b86-8d2e-0f6b9b1c7e55';

export interface RewardToGrant {
  grantId: string;
  campaignId: string;
  memberId: string;
  reward: Reward;
  reason: GrantReason;
}

@Injectable()
export class GrantRewardUseCase {
  private readonly claimCoupon: ClaimCouponUseCase;

  constructor(private readonly store: EventStore) {
    this.claimCoupon = new ClaimCouponUseCase(new EventStore(store.pool, couponProjections));
  }

  /** An operator's grant to a member of a campaign; returns the grant id. */
  async execute(identity: Identity, input: { campaignId: string; memberId: string; reward: Reward; note: string }, idempotencyKey?: string): Promise<string> {
    const { rows } = await this.store.pool.query<{ status: string }>('SELECT status FROM campaigns WHERE tenant_id = $1 AND campaign_id = $2', [identity.tenant, input.campaignId]);
    if (!rows[0]) throw new RewardError('CAMPAIGN_NOT_FOUND', 'No such campaign', { campaignId: input.campaignId });
    const grantId = idempotencyKey ? uuidv5(`${identity.tenant}/${idempotencyKey}`, OPERATOR_GRANT_NAMESPACE) : randomUUID();
    await this.grant(identity, { grantId, campaignId: input.campaignId, memberId: input.memberId, reward: input.reward, reason: { kind: 'operator', note: input.note } });
    return grantId;
  }

  /**
   * Grants in its own transactions: a coupon is first issued through the coupons feature, keyed by
   * the grant, so granting again finds the same coupon and the grant pays once.
   */
  async grant(identity: Identity, toGrant: RewardToGrant, context: CommandContext = {}): Promise<void> {
    const reward = toGrant.reward.kind === 'coupon' ? await this.issueCoupon(identity, toGrant, toGrant.reward.batchId) : toGrant.reward;
    await this.store.transaction((client) => this.grantIn(client, identity.tenant, { ...toGrant, reward }, identity.sub, context));
  }

  /** Grants a reward that needs nothing outside the transaction (points, badges, gifts, an issued coupon). */
  async grantIn(client: PoolClient, tenantId: string, toGrant: Omit<RewardToGrant, 'reward'> & { reward: GrantedReward }, by: string, context: CommandContext = {}): Promise<void> {
    const { grantId, campaignId, memberId, reward, reason } = toGrant;
    await this.store.handleIn(client, {
      decider: rewardGrantDecider,
      stream: { tenantId, ...rewardGrantStream(grantId) },
      command: { type: 'GrantReward', grantId, campaignId, memberId, reward, reason, now: new Date(), by },
      context,
    });
  }

  private async issueCoupon(identity: Identity, toGrant: RewardToGrant, batchId: string): Promise<GrantedReward> {
    const { rows } = await this.store.pool.query<{ campaignId: string }>('SELECT campaign_id AS "campaignId" FROM coupon_batches WHERE tenant_id = $1 AND batch_id = $2', [identity.tenant, batchId]);
    if (rows[0] && rows[0].campaignId !== toGrant.campaignId) throw new RewardError('COUPON_BATCH_OF_OTHER_CAMPAIGN', 'The coupon batch belongs to another campaign', { batchId });
    const couponId = await this.claimCoupon.execute(identity, { batchId, memberId: toGrant.memberId }, `reward-grant:${toGrant.grantId}`);
    return { kind: 'coupon', batchId, couponId };
  }
}
