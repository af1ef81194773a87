import type { ActiveCounts } from '../kpi-facts';
import type { KpiEvaluation } from '../kpi-definition';

/** Exact distinct active members over the `windowDays` days ending on each period's last day. */
export async function activeSeries({ scope, periods, asOf, facts }: KpiEvaluation, windowDays: number): Promise<ActiveCounts[]> {
  const endDays = periods.map((period) => period.end);
  const counts = await facts.activeMembers(scope, endDays, windowDays, asOf);
  return endDays.map((day) => counts.get(day) ?? { members: 0, memberDays: 0 });
}
