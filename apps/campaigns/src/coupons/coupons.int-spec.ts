import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { freshDatabase } from '@groundswell/test-kit';
import { createCampaignsDatabase } from '../testing/campaigns-database';
import { aCampaignManager as anOperator, aRunningCampaign as runningCampaign, hoursFromNow } from '../testing/running-campaign';
import { aBatchTerms } from './coupon.fixtures';
import { couponProjections } from './coupon.projection';
import { CouponQueries } from './coupon.queries';
import { ClaimCouponUseCase } from './use-cases/claim-coupon.use-case';
import { CreateCouponBatchUseCase } from './use-cases/create-coupon-batch.use-case';
import { RedeemCouponUseCase } from './use-cases/redeem-coupon.use-case';

const aShop = (tenant: string): Identity => ({ sub: 'api-key-shop', tenant, roles: ['partner'] });

describe('coupons', () => {
  const database = freshDatabase('test', () => createCampaignsDatabase('coupons'));
  let claim: ClaimCouponUseCase;
  let redeem: RedeemCouponUseCase;
  let createBatch: CreateCouponBatchUseCase;
  let queries: CouponQueries;
  let tenant: string;

  /** A coupon campaign that the clock has started, as coupons are claimed only while one runs. */
  const aRunningCampaign = () => runningCampaign(database, anOperator(tenant), 'coupon');

  const aBatch = async (stock: number, perMemberLimit: number) =>
    createBatch.execute(anOperator(tenant), aBatchTerms({ campaignId: await aRunningCampaign(), stock, perMemberLimit, validFrom: hoursFromNow(-1).toISOString(), validUntil: hoursFromNow(240).toISOString() }));

  beforeEach(() => {
    const store = new EventStore(database.pool, couponProjections);
    [claim, redeem, createBatch, queries] = [new ClaimCouponUseCase(store), new RedeemCouponUseCase(store), new CreateCouponBatchUseCase(store), new CouponQueries(database.pool)];
    tenant = `tenant-${randomUUID().slice(0, 8)}`;
  });

  it('should issue exactly the stock to 1,000 concurrent claims, none beyond a member\'s limit', async () => {
    const batchId = await aBatch(100, 2);
    // 59 members send 17 claims each (a limit of 2 lets them take 118 of 100): each member's claims
    // race one another for the limit while all race for the stock.
    const outcomes = await Promise.allSettled(Array.from({ length: 1000 }, (_, index) => claim.execute(anOperator(tenant), { batchId, memberId: `member-${Math.floor(index / 17)}` })));

    const issued = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refusals = new Set(outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [(outcome.reason as { code: string }).code] : [])));
    expect(issued).toHaveLength(100);
    expect([...refusals].sort()).toEqual(['COUPONS_SOLD_OUT', 'MEMBER_LIMIT_REACHED']);
    const { rows } = await database.pool.query<{ member_id: string; claims: number }>(
      'SELECT member_id, count(*)::int AS claims FROM coupons WHERE tenant_id = $1 AND batch_id = $2 GROUP BY member_id',
      [tenant, batchId],
    );
    expect(rows.reduce((sum, row) => sum + row.claims, 0)).toBe(100);
    expect(Math.max(...rows.map((row) => row.claims))).toBeLessThanOrEqual(2);
    const events = await database.pool.query(`SELECT count(*)::int AS n FROM events WHERE tenant_id = $1 AND event_type = 'groundswell.campaigns.CouponClaimed.v1'`, [tenant]);
    expect(events.rows[0].n).toBe(100);
    expect((await queries.batch(tenant, batchId))?.claimed).toBe(100);
  });

  it('should stop one member at the per-member limit while others still claim', async () => {
    const batchId = await aBatch(10, 2);
    await claim.execute(anOperator(tenant), { batchId, memberId: 'member-a' });
    await claim.execute(anOperator(tenant), { batchId, memberId: 'member-a' });
    await expect(claim.execute(anOperator(tenant), { batchId, memberId: 'member-a' })).rejects.toMatchObject({ code: 'MEMBER_LIMIT_REACHED', category: 'CONFLICT' });
    await expect(claim.execute(anOperator(tenant), { batchId, memberId: 'member-b' })).resolves.toEqual(expect.any(String));
  });

  it('should redeem a coupon once when its redemption for one order is retried five times at once', async () => {
    const batchId = await aBatch(5, 1);
    const couponId = await claim.execute(anOperator(tenant), { batchId, memberId: 'member-a' });
    const { code } = (await queries.coupon(tenant, couponId))!;

    const retries = await Promise.all(Array.from({ length: 5 }, () => redeem.execute(aShop(tenant), { code: code.toLowerCase(), orderReference: 'order-2026-0001' })));

    expect(retries).toEqual(Array(5).fill(couponId));
    const events = await database.pool.query(`SELECT count(*)::int AS n FROM events WHERE tenant_id = $1 AND event_type = 'groundswell.campaigns.CouponRedeemed.v1'`, [tenant]);
    expect(events.rows[0].n).toBe(1);
    expect(await queries.coupon(tenant, couponId)).toMatchObject({ orderReference: 'order-2026-0001', redeemedAt: expect.any(Date) });
    await expect(redeem.execute(aShop(tenant), { code, orderReference: 'order-2026-0002' })).rejects.toMatchObject({ code: 'COUPON_ALREADY_REDEEMED' });
  });

  it('should not let another tenant claim from a batch or redeem its codes', async () => {
    const batchId = await aBatch(5, 1);
    const couponId = await claim.execute(anOperator(tenant), { batchId, memberId: 'member-a' });
    const { code } = (await queries.coupon(tenant, couponId))!;
    const other = `tenant-${randomUUID().slice(0, 8)}`;
    await expect(claim.execute(anOperator(other), { batchId, memberId: 'member-x' })).rejects.toMatchObject({ code: 'COUPON_BATCH_NOT_FOUND', category: 'NOT_FOUND' });
    await expect(redeem.execute(aShop(other), { code, orderReference: 'order-1' })).rejects.toMatchObject({ code: 'COUPON_NOT_FOUND' });
  });
});
