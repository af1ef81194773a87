import { randomUUID } from 'node:crypto';
import type { Identity } from '@groundswell/service-kit';
import { CouponsModule } from '../../coupons/coupons.module';
import { QuizzesModule } from '../../quizzes/quizzes.module';
import { campaignsGraphql, errorCode } from '../../testing/campaigns-graphql';
import { aCampaignManager, hoursFromNow } from '../../testing/running-campaign';

const definitions = `query($id: ID!) {
  campaign(id: $id) { id kind status goal { objective } communityIds }
  campaigns(first: 10) { totalCount }
  couponBatches(campaignId: $id, first: 10) { totalCount edges { node { name stock claimed perMemberLimit } } }
  quizzes(campaignId: $id, first: 10) { totalCount edges { node { title submissions } } }
}`;
const createBatch = `mutation($input: CreateCouponBatchInput!) { createCouponBatch(input: $input) { couponBatch { id } } }`;
const claim = `mutation($input: ClaimCouponInput!) { claimCoupon(input: $input) { coupon { memberId } } }`;
const issuedCoupons = `query { coupons(first: 10) { totalCount edges { node { memberId } } } }`;
const quizSubmissions = `query($id: ID!) { quizSubmissions(quizId: $id, first: 10) { totalCount } }`;

describe('who reads what of campaigns', () => {
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  const manager = aCampaignManager(tenant);
  const analyst: Identity = { sub: 'u-analyst', tenant, roles: ['analyst'] };
  const editor: Identity = { sub: 'u-editor', tenant, roles: ['content_editor'] };

  const { execute, data, aRunningCampaign } = campaignsGraphql('campaign_read_access', [CouponsModule, QuizzesModule], manager);

  it('should show an analyst the campaign as defined, with its counts, but never a member who took part', async () => {
    const campaignId = await aRunningCampaign('coupon');
    const batch = { campaignId, name: '满100减20', stock: 5, perMemberLimit: 1, validFrom: hoursFromNow(-1), validUntil: hoursFromNow(48), benefit: { kind: 'amount_off', value: 2000 } };
    const batchId = (await data(createBatch, { input: batch })).createCouponBatch.couponBatch.id;
    expect((await data(claim, { input: { batchId, memberId: randomUUID() } })).claimCoupon.coupon.memberId).toEqual(expect.any(String));

    const seen = await data(definitions, { id: campaignId }, analyst);
    expect(seen).toMatchObject({
      campaign: { id: campaignId, kind: 'coupon', status: 'running' },
      campaigns: { totalCount: 1 },
      couponBatches: { totalCount: 1, edges: [{ node: { name: '满100减20', stock: 5, claimed: 1, perMemberLimit: 1 } }] },
      quizzes: { totalCount: 0 },
    });
    expect(errorCode(await execute(issuedCoupons, {}, analyst))).toBe('FORBIDDEN');
    expect(errorCode(await execute(quizSubmissions, { id: randomUUID() }, analyst))).toBe('FORBIDDEN');
    expect((await data(issuedCoupons, {})).coupons.totalCount).toBe(1);
  });

  it('should still show campaigns to no role without a campaigns permission', async () => {
    expect(errorCode(await execute(definitions, { id: randomUUID() }, editor))).toBe('FORBIDDEN');
  });
});
