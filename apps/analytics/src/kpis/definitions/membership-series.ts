import { addDays } from '../calendar';
import type { KpiEvaluation } from '../kpi-definition';

export interface MembershipPoint {
  /** Members at the start of the period's first day. */
  opening: number;
  joined: number;
  departed: number;
  /** Members at the end of the period's last day. */
  closing: number;
}

/** Joins, departures and running totals per period, from the daily membership buckets. */
export async function membershipSeries({ scope, periods, asOf, facts }: KpiEvaluation): Promise<MembershipPoint[]> {
  if (periods.length === 0) return [];
  const { opening, byDay } = await facts.membership(scope, periods[0]!.start, periods.at(-1)!.end, asOf);
  let total = opening;
  return periods.map((period) => {
    const point = { opening: total, joined: 0, departed: 0, closing: total };
    for (let day = period.start; day <= period.end; day = addDays(day, 1)) {
      const delta = byDay.get(day);
      if (!delta) continue;
      point.joined += delta.joined;
      point.departed += delta.departed;
    }
    total += point.joined - point.departed;
    point.closing = total;
    return point;
  });
}
