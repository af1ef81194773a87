import type { Granularity } from './calendar';
import type { KpiFactSource } from './kpi-facts';
import type { KpiUnit } from './kpi-definition';
import type { KpiQuery } from './kpi-request';

export interface KpiPoint {
  periodStart: string;
  periodEnd: string;
  value: number | null;
}

export interface KpiAnswer {
  kpiId: string;
  definitionVersion: number;
  unit: KpiUnit;
  granularity: Granularity;
  asOf: Date;
  computedAt: Date;
  /** now − occurred time of the newest ingested event of the tenant; null before any event. */
  lagSeconds: number | null;
  points: KpiPoint[];
}

export async function answerKpi(query: KpiQuery, facts: KpiFactSource, computedAt: Date, lagSeconds: number | null): Promise<KpiAnswer> {
  const { definition, scope, periods, asOf, granularity } = query;
  const values = await definition.evaluate({ scope, periods, asOf, facts });
  return {
    kpiId: definition.id,
    definitionVersion: definition.version,
    unit: definition.unit,
    granularity,
    asOf,
    computedAt,
    lagSeconds,
    points: periods.map((period, index) => ({ periodStart: period.start, periodEnd: period.end, value: values[index] ?? null })),
  };
}
