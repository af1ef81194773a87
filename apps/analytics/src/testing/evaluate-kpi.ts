import { answerKpi, type KpiAnswer } from '../kpis/answer-kpi';
import type { Granularity } from '../kpis/calendar';
import { findKpi } from '../kpis/kpi-catalogue';
import type { KpiFactSource, KpiScope } from '../kpis/kpi-facts';
import { missingDimension, toKpiQuery } from '../kpis/kpi-request';

export interface KpiAsk {
  tenantId: string;
  communityId?: string;
  platform?: string;
  campaignId?: string;
  channel?: string;
  itemId?: string;
  from: string;
  to: string;
  granularity?: Granularity;
  asOf?: Date;
  version?: number;
}

const farFuture = new Date('2100-01-01T00:00:00Z');

/** Answers one KPI from `facts`; `asOf` defaults to "everything recorded". */
export function evaluateKpi(id: string, facts: KpiFactSource, ask: KpiAsk): Promise<KpiAnswer> {
  const query = toKpiQuery({ id, granularity: 'DAY', asOf: farFuture, ...ask }, farFuture);
  return answerKpi(query, facts, farFuture, null);
}

export async function kpiValues(id: string, facts: KpiFactSource, ask: KpiAsk): Promise<Array<number | null>> {
  return (await evaluateKpi(id, facts, ask)).points.map((point) => point.value);
}

/**
 * Expects each KPI to give the same values from `actual` as from `expected` for every ask it can answer
 * (one that narrows only by dimensions the KPI has; toKpiQuery rejects the others).
 */
export async function expectSameKpiValues(actual: KpiFactSource, expected: KpiFactSource, kpiIds: readonly string[], asks: readonly KpiAsk[]): Promise<void> {
  for (const ask of asks) {
    for (const id of kpiIds.filter((kpiId) => !missingDimension(findKpi(kpiId, ask.version)!, ask as KpiScope))) {
      expect({ id, ask, values: await kpiValues(id, actual, ask) }).toEqual({ id, ask, values: await kpiValues(id, expected, ask) });
    }
  }
}
