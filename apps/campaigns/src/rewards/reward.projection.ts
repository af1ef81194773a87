import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { rewardEventTypes, rewardGrantStreamType, type RewardGrantEvent } from './reward.events';

const setFulfilment = (fulfilment: string, extra = '') =>
  `UPDATE reward_grants SET fulfilment = '${fulfilment}', updated_at = $3${extra} WHERE tenant_id = $1 AND grant_id = $2`;

export const rewardGrantsProjection = defineProjection<RewardGrantEvent>('reward_grants', {
  [rewardEventTypes.granted]: (client, { tenantId, data }) =>
    client.query(
      `INSERT INTO reward_grants (tenant_id, grant_id, campaign_id, member_id, kind, reward, reason, fulfilment, granted_at, granted_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9)`,
      [tenantId, data.grantId, data.campaignId, data.memberId, data.reward.kind, JSON.stringify(data.reward), JSON.stringify(data.reason), data.reward.kind === 'gift' ? 'pending' : null, data.grantedAt, data.grantedBy],
    ),
  [rewardEventTypes.giftShipped]: (client, { tenantId, data }) =>
    client.query(setFulfilment('shipped', ', carrier = $4, tracking_number = $5'), [tenantId, data.grantId, data.shippedAt, data.carrier, data.trackingNumber]),
  [rewardEventTypes.giftDelivered]: (client, { tenantId, data }) => client.query(setFulfilment('delivered'), [tenantId, data.grantId, data.deliveredAt]),
  [rewardEventTypes.giftCancelled]: (client, { tenantId, data }) => client.query(setFulfilment('cancelled', ', cancel_reason = $4'), [tenantId, data.grantId, data.cancelledAt, data.reason]),
});

/** Applied by the event store on every append to a reward grant stream. */
export const rewardProjections: ProjectionRegistrations = { [rewardGrantStreamType]: [rewardGrantsProjection] };
