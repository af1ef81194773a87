import { addDays, dayOf, type Day, type Period } from '../calendar';
import type { KpiFactSource, KpiScope } from '../kpi-facts';
import { cohortsOf, retained } from '../members/cohorts';

/** Version of the matrix’s definition below; a change to it is a new version. */
export const cohortRetentionVersion = 1;

export const cohortGranularities = ['DAY', 'WEEK'] as const;
export type CohortGranularity = (typeof cohortGranularities)[number];

/** At most this many period offsets per cohort, so one answer stays cheap. */
export const maxCohortOffsets = 90;

export interface CohortCell {
  /** 0 is the cohort’s own period. */
  offset: number;
  periodStart: Day;
  periodEnd: Day;
  /** Null while the period has not begun at `asOf`: not yet observable, not zero. */
  retained: number | null;
  rate: number | null;
}

export interface CohortRow {
  cohortStart: Day;
  cohortEnd: Day;
  size: number;
  cells: CohortCell[];
}

/**
 * The cohort retention matrix (KPI-32), definition version 1: one row per day or ISO week in which
 * members first joined the scope (as for retention.d1…d30), and per offset k the members of the
 * row active (qualifying activity) in the k-th day or week after the cohort’s own — the same
 * calendar period for every member of the row, unlike retention.dN, which counts from each join.
 */
export async function cohortRetentionMatrix(input: {
  scope: KpiScope;
  periods: readonly Period[];
  granularity: CohortGranularity;
  offsets: number;
  asOf: Date;
  facts: KpiFactSource;
}): Promise<CohortRow[]> {
  const { scope, periods, granularity, offsets, asOf, facts } = input;
  if (periods.length === 0) return [];
  const step = granularity === 'DAY' ? 1 : 7;
  const lastDay = addDays(periods.at(-1)!.end, step * (offsets - 1));
  const cohorts = await cohortsOf(scope, periods, lastDay, asOf, facts);
  const today = dayOf(asOf);
  return cohorts.map((cohort) => ({
    cohortStart: cohort.start,
    cohortEnd: cohort.end,
    size: cohort.members.size,
    cells: Array.from({ length: offsets }, (_, offset) => {
      const periodStart = addDays(cohort.start, offset * step);
      const periodEnd = addDays(periodStart, step - 1);
      const observable = periodStart <= today;
      const count = observable ? retained(cohort, () => ({ from: periodStart, to: periodEnd })) : null;
      return { offset, periodStart, periodEnd, retained: count, rate: count === null || cohort.members.size === 0 ? null : count / cohort.members.size };
    }),
  }));
}
