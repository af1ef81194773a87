import { Args, GraphQLISODateTime, Int, Query, Resolver } from '@nestjs/graphql';
import { canAccessCommunity, CurrentIdentity, RequestError, RequirePermissions, type Identity } from '@groundswell/service-kit';
import type { CohortGranularity } from '../kpis/cohorts/cohort-retention-matrix';
import { CohortRetentionService } from '../kpis/cohorts/cohort-retention.service';
import { ScorecardService } from '../kpis/scorecards/scorecard.service';
import { CohortGranularityEnum, CohortRetentionType } from './cohort-retention.types';
import { KpiFilter, KpiRange } from './kpi.types';
import { ScorecardFrameworkEnum, ScorecardType } from './scorecard.types';

/** Cohort matrices and scorecards: the answers that are not one KPI series. */
@Resolver()
export class AnalyticsViewsResolver {
  constructor(
    private readonly cohorts: CohortRetentionService,
    private readonly scorecards: ScorecardService,
  ) {}

  @Query(() => CohortRetentionType, { nullable: true, description: 'Cohort retention matrix by join day or week; with `asOf`, as it would have been reported then.' })
  @RequirePermissions('analytics:read')
  cohortRetention(
    @CurrentIdentity() identity: Identity,
    @Args('filter', { type: () => KpiFilter, nullable: true }) filter: KpiFilter | null,
    @Args('range', { type: () => KpiRange, description: 'Join days of the cohorts.' }) range: KpiRange,
    @Args('granularity', { type: () => CohortGranularityEnum }) granularity: CohortGranularity,
    @Args('offsets', { type: () => Int, nullable: true, description: 'Periods per cohort, its own included; 31 days or 13 weeks by default.' }) offsets?: number | null,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date | null,
  ): Promise<CohortRetentionType> {
    requireCommunityScope(identity, filter);
    return this.cohorts.answer({ ...filter, tenantId: identity.tenant, ...range, granularity, offsets: offsets ?? null, asOf: asOf ?? null });
  }

  @Query(() => ScorecardType, { nullable: true, description: 'A §5.2 evaluation framework over the range, with the metrics not yet supported and why.' })
  @RequirePermissions('analytics:read')
  scorecard(
    @CurrentIdentity() identity: Identity,
    @Args('framework', { type: () => ScorecardFrameworkEnum }) framework: string,
    @Args('filter', { type: () => KpiFilter, nullable: true }) filter: KpiFilter | null,
    @Args('range', { type: () => KpiRange }) range: KpiRange,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf?: Date | null,
  ): Promise<ScorecardType> {
    requireCommunityScope(identity, filter);
    return this.scorecards.answer({ framework, ...filter, tenantId: identity.tenant, ...range, asOf: asOf ?? null });
  }
}

function requireCommunityScope(identity: Identity, filter: KpiFilter | null): void {
  if (filter?.communityId && !canAccessCommunity(identity, filter.communityId)) throw new RequestError('FORBIDDEN', 'Outside your community scope');
}
