import { Inject, Injectable, Optional } from '@nestjs/common';
import { PG_POOL } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { KpiAnswerCache } from '../cache/kpi-answer-cache';
import { kpiCacheKey, latestAnswerTtlSeconds, pastAnswerTtlSeconds } from '../cache/kpi-cache-key';
import { tenantWatermark } from '../cache/tenant-watermark';
import { answerKpi, type KpiAnswer } from './answer-kpi';
import { toKpiQuery, type KpiRequest } from './kpi-request';
import { projectionLagSeconds } from './projection-lag';
import { ProjectionFactSource } from './projection-fact-source';

/** Answers KPI requests from the incremental projections, through the Redis answer cache when there is one. */
@Injectable()
export class KpiQueryService {
  private readonly facts: ProjectionFactSource;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Optional() private readonly cache?: KpiAnswerCache,
  ) {
    this.facts = new ProjectionFactSource(pool);
  }

  async answer(request: KpiRequest, now = new Date()): Promise<KpiAnswer> {
    const query = toKpiQuery(request, now);
    const lagSeconds = await projectionLagSeconds(this.pool, query.scope.tenantId, now);
    if (!this.cache) return answerKpi(query, this.facts, now, lagSeconds);
    const key = kpiCacheKey(query, request.asOf != null, await tenantWatermark(this.pool, query.scope.tenantId));
    const cached = await this.cache.get(key);
    // The points are exact for this watermark; the lag is about now.
    if (cached) return { ...cached, lagSeconds };
    const answer = await answerKpi(query, this.facts, now, lagSeconds);
    await this.cache.set(key, answer, request.asOf == null ? latestAnswerTtlSeconds : pastAnswerTtlSeconds);
    return answer;
  }
}
