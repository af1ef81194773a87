import type { Period } from './calendar';
import type { KpiFactSource, KpiScope } from './kpi-facts';

export const kpiDimensions = ['tenant', 'community', 'platform'] as const;
export type KpiDimension = (typeof kpiDimensions)[number];

/** `members`: a head count; `ratio`: a fraction (0.85 means 85 %). */
export type KpiUnit = 'members' | 'ratio';

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
  /** The row of the seeds inventory (§5.1) this implements, e.g. `KPI-01`. */
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
