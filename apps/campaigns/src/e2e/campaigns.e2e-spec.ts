import { randomUUID } from 'node:crypto';
import { eventually, expectingSuccess, gatewayClient, type GraphqlClient } from '@groundswell/test-kit';

const createCampaign = `mutation Create($input: CreateCampaignInput!, $key: String) {
  createCampaign(input: $input, idempotencyKey: $key) { campaign { id status name kind goal { objective targets { metric value } } schedule { startsAt timeZone } budget { currency reserveMinor lines { category amountMinor } } } }
}`;
const scheduleCampaign = `mutation Schedule($id: ID!) { scheduleCampaign(id: $id) { campaign { id status } } }`;
const pauseCampaign = `mutation Pause($input: PauseCampaignInput!) { pauseCampaign(input: $input) { campaign { id status pauseReason } } }`;
const campaignQuery = `query One($id: ID!) { campaign(id: $id) { id status updatedBy } }`;
const createBatch = `mutation Batch($input: CreateCouponBatchInput!) { createCouponBatch(input: $input) { couponBatch { id stock claimed } } }`;
const claimCoupon = `mutation Claim($input: ClaimCouponInput!) { claimCoupon(input: $input) { coupon { id code memberId } } }`;
const redeemCoupon = `mutation Redeem($input: RedeemCouponInput!) { redeemCoupon(input: $input) { coupon { id orderReference } } }`;

const recordConversion = `mutation Record($input: RecordConversionInput!) { recordConversion(input: $input) { conversion { id lastTouchCampaignId amountMinor } } }`;
const refundConversion = `mutation Refund($input: RefundConversionInput!) { refundConversion(input: $input) { conversion { id refundedMinor } } }`;
const totalsQuery = `query Totals($id: ID!) { campaignConversions(campaignId: $id) { model totals { currency conversions grossMinor netMinor } } }`;
const totalsBySourceQuery = `query BySource($id: ID!) { campaignConversions(campaignId: $id) { bySource { touchpointKind channel referrerId conversions grossMinor netMinor } } }`;

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
const planInput = (startsAt: string) => ({
  name: '双十二领券节',
  goal: { objective: 'sales', targets: [{ metric: 'gmv', value: 5_000_000 }, { metric: 'conversions', value: 300 }] },
  communityIds: [randomUUID()],
  schedule: { startsAt, endsAt: inSeconds(7 * 86_400), timeZone: 'Asia/Shanghai' },
  channels: ['community_announcement', 'push'],
  budget: { currency: 'CNY', lines: [{ category: 'rewards', amountMinor: 2_000_000 }], reserveMinor: 200_000, regionalMultipliers: [{ region: 'tier1', percent: 150 }] },
});

describe('campaigns and coupons through the gateway', () => {
  const tenant = `e2e-campaigns-${randomUUID().slice(0, 8)}`;
  let manager: GraphqlClient;
  let shop: GraphqlClient;
  let analyst: GraphqlClient;

  beforeAll(async () => {
    [manager, shop, analyst] = await Promise.all([gatewayClient(tenant, ['campaign_manager']), gatewayClient(tenant, ['partner']), gatewayClient(tenant, ['analyst'])]);
  });

  it('should run a coupon campaign: started by the clock, a coupon claimed and redeemed once, the order attributed to it and refunded, then paused', async () => {
    const created = await expectingSuccess(manager)(createCampaign, { input: { kind: 'coupon', plan: planInput(inSeconds(2)) }, key: randomUUID() });
    const { id } = created.createCampaign.campaign;
    expect(created.createCampaign.campaign).toMatchObject({ status: 'draft', kind: 'coupon', goal: { objective: 'sales' }, budget: { currency: 'CNY', reserveMinor: 200_000 } });
    expect((await expectingSuccess(manager)(scheduleCampaign, { id })).scheduleCampaign.campaign.status).toBe('scheduled');

    await eventually(async () => expect((await expectingSuccess(manager)(campaignQuery, { id })).campaign).toEqual({ id, status: 'running', updatedBy: 'system:campaign-clock' }), 60_000, 1_000);

    const batch = (await expectingSuccess(manager)(createBatch, {
      input: { campaignId: id, name: '满100减20', stock: 2, perMemberLimit: 1, validFrom: inSeconds(-60), validUntil: inSeconds(86_400), benefit: { kind: 'amount_off', value: 2000 } },
    })).createCouponBatch.couponBatch;
    const coupon = (await expectingSuccess(manager)(claimCoupon, { input: { batchId: batch.id, memberId: randomUUID() } })).claimCoupon.coupon;
    expect(coupon.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const again = await manager(claimCoupon, { input: { batchId: batch.id, memberId: coupon.memberId } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });

    for (let attempt = 0; attempt < 2; attempt++) {
      const redeemed = await expectingSuccess(shop)(redeemCoupon, { input: { code: coupon.code, orderReference: 'tmall-20261212-001' } });
      expect(redeemed.redeemCoupon.coupon).toEqual({ id: coupon.id, orderReference: 'tmall-20261212-001' });
    }

    const order = { externalOrderId: 'tmall-20261212-001', kind: 'purchase', memberId: coupon.memberId, amountMinor: 12_800, currency: 'CNY', occurredAt: new Date().toISOString() };
    for (let delivery = 0; delivery < 2; delivery++) {
      const recorded = await expectingSuccess(shop)(recordConversion, { input: order });
      expect(recorded.recordConversion.conversion).toMatchObject({ lastTouchCampaignId: id, amountMinor: 12_800 });
    }
    expect((await expectingSuccess(manager)(totalsQuery, { id })).campaignConversions).toEqual({ model: 'last_touch', totals: [{ currency: 'CNY', conversions: 1, grossMinor: 12_800, netMinor: 12_800 }] });
    await expectingSuccess(shop)(refundConversion, { input: { externalOrderId: order.externalOrderId, refundReference: 'refund-1', amountMinor: 2_800 } });
    expect((await expectingSuccess(manager)(totalsQuery, { id })).campaignConversions.totals[0].netMinor).toBe(10_000);
    const bySource = (await expectingSuccess(manager)(totalsBySourceQuery, { id })).campaignConversions.bySource;
    expect(bySource).toEqual([{ touchpointKind: 'coupon_claim', channel: null, referrerId: null, conversions: 1, grossMinor: 12_800, netMinor: 10_000 }]);

    const paused = await expectingSuccess(manager)(pauseCampaign, { input: { id, reason: '库存调整' } });
    expect(paused.pauseCampaign.campaign).toEqual({ id, status: 'paused', pauseReason: '库存调整' });
  });

  it('should answer BAD_USER_INPUT for a campaign without a goal target, and FORBIDDEN for an analyst or a shop creating one', async () => {
    const plan = { ...planInput(inSeconds(3600)), goal: { objective: 'sales', targets: [] } };
    expect((await manager(createCampaign, { input: { kind: 'coupon', plan } })).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    for (const caller of [analyst, shop]) {
      expect((await caller(createCampaign, { input: { kind: 'coupon', plan: planInput(inSeconds(3600)) } })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    expect((await manager(scheduleCampaign, { id: randomUUID() })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
