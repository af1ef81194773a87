import type { Period } from '../calendar';
import type { KpiFactSource, KpiScope } from '../kpi-facts';
import { findKpi } from '../kpi-catalogue';
import type { KpiUnit } from '../kpi-definition';
import { missingDimension } from '../kpi-request';
import type { ScorecardFramework } from './scorecard-frameworks';

export interface ScorecardMetric {
  dimension: string;
  kpiId: string;
  name: string;
  unit: KpiUnit;
  definitionVersion: number;
  value: number | null;
}

export interface PendingMetric {
  dimension: string;
  metric: string;
  reason: string;
}

export interface Scorecard {
  framework: string;
  name: string;
  /** True when at least one dimension has a KPI today. */
  supported: boolean;
  metrics: ScorecardMetric[];
  pending: PendingMetric[];
}

/** Every KPI of the framework over the whole range as one period, as it would have been reported at `asOf`. */
export async function answerScorecard(
  framework: ScorecardFramework,
  input: { scope: KpiScope; range: Period; asOf: Date; facts: KpiFactSource },
): Promise<Scorecard> {
  const metrics: ScorecardMetric[] = [];
  for (const dimension of framework.dimensions) {
    for (const kpiId of dimension.kpiIds) {
      const definition = findKpi(kpiId);
      if (!definition) throw new Error(`Scorecard ${framework.id} names unknown KPI ${kpiId}`);
      // A KPI not answered by a dimension the filter narrows (a campaign KPI per platform, say) has no value here, rather than an unfiltered one.
      const [value] = missingDimension(definition, input.scope) ? [null] : await definition.evaluate({ scope: input.scope, periods: [input.range], asOf: input.asOf, facts: input.facts });
      metrics.push({ dimension: dimension.name, kpiId, name: definition.names.en, unit: definition.unit, definitionVersion: definition.version, value: value ?? null });
    }
  }
  const pending = framework.dimensions.flatMap((dimension) => (dimension.pending ? [{ dimension: dimension.name, ...dimension.pending }] : []));
  return { framework: framework.id, name: framework.names.en, supported: metrics.length > 0, metrics, pending };
}
