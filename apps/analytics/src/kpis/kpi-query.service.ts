import { Inject, Injectable } from '@nestjs/common';
import { PG_POOL } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { answerKpi, type KpiAnswer } from './answer-kpi';
import { toKpiQuery, type KpiRequest } from './kpi-request';
import { projectionLagSeconds } from './projection-lag';
import { ProjectionFactSource } from './projection-fact-source';

/** Answers KPI requests from the incremental projections. */
@Injectable()
export class KpiQueryService {
  private readonly facts: ProjectionFactSource;

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {
    this.facts = new ProjectionFactSource(pool);
  }

  async answer(request: KpiRequest, now = new Date()): Promise<KpiAnswer> {
    const query = toKpiQuery(request, now);
    const lagSeconds = await projectionLagSeconds(this.pool, query.scope.tenantId, now);
    return answerKpi(query, this.facts, now, lagSeconds);
  }
}
