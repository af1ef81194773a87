import { Inject, Injectable } from '@nestjs/common';
import { PG_POOL } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { badInput, toKpiWindow, type KpiWindowRequest } from '../kpi-request';
import { projectionLagSeconds } from '../projection-lag';
import { ProjectionFactSource } from '../projection-fact-source';
import { answerScorecard, type Scorecard } from './answer-scorecard';
import { scorecardFrameworks } from './scorecard-frameworks';

export interface ScorecardAnswer extends Scorecard {
  asOf: Date;
  computedAt: Date;
  lagSeconds: number | null;
}

export type ScorecardRequest = Omit<KpiWindowRequest, 'granularity'> & { framework: string };

/** Answers §5.2 scorecards from the incremental projections. */
@Injectable()
export class ScorecardService {
  private readonly facts: ProjectionFactSource;

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {
    this.facts = new ProjectionFactSource(pool);
  }

  async answer(request: ScorecardRequest, now = new Date()): Promise<ScorecardAnswer> {
    const framework = scorecardFrameworks.find((candidate) => candidate.id === request.framework);
    if (!framework) throw badInput(`Unknown scorecard framework "${request.framework}"`, { framework: request.framework });
    const { scope, asOf } = toKpiWindow({ ...request, granularity: 'DAY' }, now);
    const [card, lagSeconds] = await Promise.all([
      answerScorecard(framework, { scope, range: { start: request.from, end: request.to }, asOf, facts: this.facts }),
      projectionLagSeconds(this.pool, scope.tenantId, now),
    ]);
    return { ...card, asOf, computedAt: now, lagSeconds };
  }
}
