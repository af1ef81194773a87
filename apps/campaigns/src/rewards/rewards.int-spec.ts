import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { freshDatabase } from '@groundswell/test-kit';
import { aPlan } from '../campaigns/campaign.fixtures';
import { campaignProjections } from '../campaigns/campaigns.projections';
import { CreateCampaignUseCase } from '../campaigns/use-cases/create-campaign.use-case';
import { createCampaignsDatabase } from '../testing/campaigns-database';
import { rewardProjections } from './reward.projection';
import { RewardQueries } from './reward.queries';
import { FulfilGiftUseCase } from './use-cases/fulfil-gift.use-case';
import { GrantRewardUseCase } from './use-cases/grant-reward.use-case';

describe('reward grants', () => {
  const database = freshDatabase('test', () => createCampaignsDatabase('rewards'));
  let operator: Identity;

  beforeEach(() => {
    operator = { sub: 'u-ops', tenant: `tenant-${randomUUID().slice(0, 8)}`, roles: ['campaign_manager'] };
  });

  it('should grant a gift once per idempotency key and follow its fulfilment to delivery', async () => {
    const campaignId = await new CreateCampaignUseCase(new EventStore(database.pool, campaignProjections)).execute(operator, { kind: 'referral', plan: aPlan() });
    const store = new EventStore(database.pool, rewardProjections);
    const [grant, fulfil, queries] = [new GrantRewardUseCase(store), new FulfilGiftUseCase(store), new RewardQueries(database.pool)];
    const input = { campaignId, memberId: 'member-a', reward: { kind: 'gift' as const, item: '定制保温杯' }, note: '线下活动补发' };

    const grantId = await grant.execute(operator, input, 'grant-gift-1');
    await expect(grant.execute(operator, input, 'grant-gift-1')).resolves.toBe(grantId);
    expect((await queries.grants(operator.tenant, { fulfilment: 'pending' }, {})).edges.map(({ node }) => node.id)).toEqual([grantId]);

    await fulfil.execute(operator, grantId, { type: 'ShipGift', carrier: '顺丰', trackingNumber: 'SF1234567890' });
    await fulfil.execute(operator, grantId, { type: 'DeliverGift' });
    await expect(fulfil.execute(operator, grantId, { type: 'CancelGift', reason: '改发积分' })).rejects.toMatchObject({ code: 'GIFT_ALREADY_FINAL', category: 'CONFLICT' });

    expect(await queries.grant(operator.tenant, grantId)).toMatchObject({ fulfilment: 'delivered', carrier: '顺丰', trackingNumber: 'SF1234567890', reason: { kind: 'operator', note: '线下活动补发' } });
    expect((await queries.grants(operator.tenant, { campaignId }, {})).totalCount).toBe(1);
    await expect(grant.execute(operator, { ...input, campaignId: 'no-such-campaign' })).rejects.toMatchObject({ code: 'CAMPAIGN_NOT_FOUND', category: 'NOT_FOUND' });
    await expect(fulfil.execute({ ...operator, tenant: 'another-tenant' }, grantId, { type: 'DeliverGift' })).rejects.toMatchObject({ code: 'GRANT_NOT_FOUND' });
  });
});
