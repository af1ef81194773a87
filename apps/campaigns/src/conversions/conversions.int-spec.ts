import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { freshDatabase } from '@groundswell/test-kit';
import { aBatchTerms } from '../coupons/coupon.fixtures';
import { couponProjections } from '../coupons/coupon.projection';
import { ClaimCouponUseCase } from '../coupons/use-cases/claim-coupon.use-case';
import { CreateCouponBatchUseCase } from '../coupons/use-cases/create-coupon-batch.use-case';
import { createCampaignsDatabase } from '../testing/campaigns-database';
import { aCampaignManager, aRunningCampaign, hoursFromNow } from '../testing/running-campaign';
import { conversionProjections } from './conversion.projection';
import { ConversionQueries } from './conversion.queries';
import { RecordConversionUseCase } from './use-cases/record-conversion.use-case';
import { RefundConversionUseCase } from './use-cases/refund-conversion.use-case';

describe('conversions', () => {
  const database = freshDatabase('test', () => createCampaignsDatabase('conversions'));
  let tenant: string;
  let operator: Identity;
  let shop: Identity;
  let record: RecordConversionUseCase;
  let refund: RefundConversionUseCase;
  let queries: ConversionQueries;

  /** A running coupon campaign whose coupon the member claimed: the member's touchpoint with it. */
  async function aCampaignTouching(memberId: string): Promise<string> {
    const couponStore = new EventStore(database.pool, couponProjections);
    const campaignId = await aRunningCampaign(database, operator, 'coupon');
    const terms = aBatchTerms({ campaignId, validFrom: hoursFromNow(-1).toISOString(), validUntil: hoursFromNow(240).toISOString() });
    const batchId = await new CreateCouponBatchUseCase(couponStore).execute(operator, terms);
    await new ClaimCouponUseCase(couponStore).execute(operator, { batchId, memberId });
    return campaignId;
  }

  beforeEach(() => {
    tenant = `tenant-${randomUUID().slice(0, 8)}`;
    [operator, shop] = [aCampaignManager(tenant), { sub: 'api-key-shop', tenant, roles: ['partner'] }];
    const store = new EventStore(database.pool, conversionProjections);
    [record, refund, queries] = [new RecordConversionUseCase(store), new RefundConversionUseCase(store), new ConversionQueries(database.pool)];
  });

  it('should record an order once however often it is delivered, credit the last touch, and take refunds back from its GMV', async () => {
    const first = await aCampaignTouching('member-1');
    const last = await aCampaignTouching('member-1');
    const order = { externalOrderId: 'tmall-1001', kind: 'purchase' as const, memberId: 'member-1', amountMinor: 10_000, currency: 'CNY', occurredAt: new Date().toISOString() };

    const deliveries = await Promise.all(Array.from({ length: 3 }, () => record.execute(shop, order)));

    expect(new Set(deliveries).size).toBe(1);
    const recorded = await database.pool.query(`SELECT count(*)::int AS n FROM events WHERE tenant_id = $1 AND event_type = 'groundswell.campaigns.ConversionRecorded.v1'`, [tenant]);
    expect(recorded.rows[0].n).toBe(1);
    expect(await queries.conversion(tenant, deliveries[0]!)).toMatchObject({ amountMinor: 10_000, lastTouchCampaignId: last });
    expect(await queries.campaignTotals(tenant, last, 'last_touch')).toEqual([{ currency: 'CNY', conversions: 1, grossMinor: 10_000, refundedMinor: 0, netMinor: 10_000 }]);
    expect(await queries.campaignTotals(tenant, first, 'last_touch')).toEqual([]);
    expect(await queries.campaignTotals(tenant, first, 'linear')).toEqual([{ currency: 'CNY', conversions: 1, grossMinor: 5_000, refundedMinor: 0, netMinor: 5_000 }]);

    await refund.execute(shop, { externalOrderId: 'tmall-1001', refundReference: 'refund-1', amountMinor: 4_000 });
    await refund.execute(shop, { externalOrderId: 'tmall-1001', refundReference: 'refund-1', amountMinor: 4_000 });
    expect((await queries.campaignTotals(tenant, last, 'last_touch'))[0]).toMatchObject({ refundedMinor: 4_000, netMinor: 6_000 });
    await refund.execute(shop, { externalOrderId: 'tmall-1001', refundReference: 'refund-2', amountMinor: 6_000 });
    expect((await queries.campaignTotals(tenant, last, 'last_touch'))[0]).toMatchObject({ grossMinor: 10_000, netMinor: 0 });
    await expect(refund.execute(shop, { externalOrderId: 'tmall-1001', refundReference: 'refund-3', amountMinor: 1 })).rejects.toMatchObject({ code: 'REFUND_EXCEEDS_AMOUNT' });
  });

  it('should credit no campaign for a member without touchpoints', async () => {
    await aCampaignTouching('member-1');
    const id = await record.execute(shop, { externalOrderId: 'jd-77', kind: 'purchase', memberId: 'member-2', amountMinor: 500, currency: 'CNY', occurredAt: new Date().toISOString() });
    expect((await queries.conversion(tenant, id))?.lastTouchCampaignId).toBeNull();
  });
});
