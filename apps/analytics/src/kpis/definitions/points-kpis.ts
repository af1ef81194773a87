import { addDays } from '../calendar';
import type { KpiDefinition } from '../kpi-definition';
import type { PointsDelta } from '../kpi-facts';

function pointsKpi(field: keyof PointsDelta, inventoryId: string, en: string, zh: string, formula: string, what: string): KpiDefinition {
  return {
    id: `points.${field}`,
    inventoryId,
    names: { en, zh },
    version: 1,
    formula,
    window: 'the period: a UTC day, ISO week or calendar month, by granularity',
    dimensions: ['tenant'],
    unit: 'points',
    definition: `${what} Points belong to a member’s account across the tenant’s communities, so this KPI has no community or platform dimension. Counted on the UTC day the event happened, however late it was recorded. It feeds the points-programme retention comparison (S5, the seeds’ 星巴克 +35 %).`,
    evaluate: async ({ scope, periods, asOf, facts }) => {
      if (periods.length === 0) return [];
      const byDay = await facts.points(scope.tenantId, periods[0]!.start, periods.at(-1)!.end, asOf);
      return periods.map((period) => {
        let sum = 0;
        for (let day = period.start; day <= period.end; day = addDays(day, 1)) sum += byDay.get(day)?.[field] ?? 0;
        return sum;
      });
    },
  };
}

export const pointsIssued = pointsKpi(
  'issued',
  'MEM-36',
  'Points issued',
  '積分發放量',
  'sum(PointsEarned.amount) + sum(PointsAdjusted.delta where delta > 0) in the period',
  'Points put into members’ accounts in the period: everything earned plus positive manual adjustments. Negative adjustments are corrections, not redemptions, and are in neither this nor points.redeemed.',
);
export const pointsRedeemed = pointsKpi('redeemed', 'MEM-38', 'Points redeemed', '積分兌換量', 'sum(PointsRedeemed.amount) in the period', 'Points members spent on redemptions in the period.');
export const pointsExpired = pointsKpi('expired', 'MEM-36', 'Points expired', '積分過期量', 'sum(PointsExpired.amount) in the period', 'Unspent points that passed their expiry date in the period, under the tenant’s policy.');

export const pointsKpis = [pointsIssued, pointsRedeemed, pointsExpired];
