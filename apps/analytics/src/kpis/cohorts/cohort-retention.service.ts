import { Inject, Injectable } from '@nestjs/common';
import { PG_POOL } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { badInput, toKpiWindow, type KpiWindowRequest } from '../kpi-request';
import { projectionLagSeconds } from '../projection-lag';
import { ProjectionFactSource } from '../projection-fact-source';
import { cohortGranularities, cohortRetentionMatrix, cohortRetentionVersion, maxCohortOffsets, type CohortGranularity, type CohortRow } from './cohort-retention-matrix';

export interface CohortRetentionAnswer {
  granularity: CohortGranularity;
  definitionVersion: number;
  asOf: Date;
  computedAt: Date;
  lagSeconds: number | null;
  cohorts: CohortRow[];
}

export type CohortRetentionRequest = Omit<KpiWindowRequest, 'granularity'> & { granularity: CohortGranularity; offsets?: number | null };

/** Answers cohort retention matrices from the incremental projections. */
@Injectable()
export class CohortRetentionService {
  private readonly facts: ProjectionFactSource;

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {
    this.facts = new ProjectionFactSource(pool);
  }

  async answer(request: CohortRetentionRequest, now = new Date()): Promise<CohortRetentionAnswer> {
    if (!cohortGranularities.includes(request.granularity)) throw badInput(`granularity must be one of ${cohortGranularities.join(', ')}`);
    const offsets = request.offsets ?? (request.granularity === 'DAY' ? 31 : 13);
    if (!Number.isInteger(offsets) || offsets < 1 || offsets > maxCohortOffsets) throw badInput(`offsets must be from 1 to ${maxCohortOffsets}`, { offsets });
    const { scope, periods, asOf } = toKpiWindow(request, now);
    const [cohorts, lagSeconds] = await Promise.all([
      cohortRetentionMatrix({ scope, periods, granularity: request.granularity, offsets, asOf, facts: this.facts }),
      projectionLagSeconds(this.pool, scope.tenantId, now),
    ]);
    return { granularity: request.granularity, definitionVersion: cohortRetentionVersion, asOf, computedAt: now, lagSeconds, cohorts };
  }
}
