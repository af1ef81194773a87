import type { Period } from './calendar';
import type { KpiFactSource, KpiScope } from './kpi-facts';

export const kpiDimensions = ['tenant', 'community', 'platform'] as const;
/** `campaign` and `channel` (a campaign's promotion channel) narrow the campaign KPIs only; `item` (a content item or contribution) the content KPIs. */
export type KpiDimension = (typeof kpiDimensions)[number] | 'campaign' | 'channel' | 'item';

/**
 * `members`: a head count; `ratio`: a fraction (0.85 means 85 %); `count`: events; `points`: loyalty
 * points; `hour`: a UTC hour of day, 0–23; `days`: a duration in days; `minutes`: a duration in minutes; `score`: an index from 0 to 1; `money`: minor units of CNY (fen).
 */
export type KpiUnit = 'members' | 'ratio' | 'count' | 'points' | 'hour' | 'days' | 'minutes' | 'score' | 'money';

export interface KpiEvaluation {
  scope: KpiScope;
  periods: readonly Period[];
  asOf: Date;
  facts: KpiFactSource;
}

/** One KPI, versioned: a change to its formula is a new `version`, documented in `definition`. */
export interface KpiDefinition {
  /** Stable API id, e.g. `members.new`. */
  id: string;
  /** The row of the seeds inventory this implements: a §5.1 `KPI-xx`, or the §1 `MEM-xx` / §4 `MOD-xx` capability it measures. */
  inventoryId: string;
  names: { en: string; zh: string };
  version: number;
  /** The formula in words; the code is `evaluate`. */
  formula: string;
  window: string;
  dimensions: readonly KpiDimension[];
  unit: KpiUnit;
  definition: string;
  /** One value per period; null where the formula is undefined (e.g. a ratio over zero). */
  evaluate(input: KpiEvaluation): Promise<Array<number | null>>;
}

export const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);
