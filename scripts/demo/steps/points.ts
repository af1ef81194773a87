import { demoEarnings, demoRedemptions } from '../demo-member-facts.ts';
import { earnMutation, redeemMutation } from '../demo-operations.ts';
import { inParallel, type DemoLoad } from './demo-load.ts';

export interface PointsCounts {
  earned: number;
  redeemed: number;
  failed: number;
}

/** Points earned for the activity (paid once per source reference), then some redeemed (charged once per redemption id). */
export async function earnAndRedeemPoints(load: DemoLoad): Promise<PointsCounts> {
  const { request, memberIds, concurrency } = load;
  const points: PointsCounts = { earned: 0, redeemed: 0, failed: 0 };
  const earnings = demoEarnings(load.data);
  await inParallel(earnings, concurrency, async (earning) => {
    const memberId = memberIds.get(earning.person);
    if (!memberId) return;
    const { amount, sourceRef, sourceKind } = earning;
    const result = await request(earnMutation, { input: { memberId, amount, sourceRef, sourceKind }, key: `demo-earn-${sourceRef}` });
    if (result.errors) points.failed += 1;
    else points.earned += amount;
  });
  await inParallel(demoRedemptions(load.data, earnings), concurrency, async ({ person, amount, redemptionId }) => {
    const memberId = memberIds.get(person);
    if (!memberId) return;
    const result = await request(redeemMutation, { memberId, amount, redemptionId, key: `demo-redeem-${redemptionId}` });
    if (result.errors) points.failed += 1;
    else points.redeemed += amount;
  });
  return points;
}
