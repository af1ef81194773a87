import { Module } from '@nestjs/common';
import { KpiCacheModule } from '../cache/kpi-cache.module';
import { KpiQueryService } from '../kpis/kpi-query.service';
import { KpiResolver } from './kpi.resolver';
import { CohortRetentionService } from '../kpis/cohorts/cohort-retention.service';
import { ScorecardService } from '../kpis/scorecards/scorecard.service';
import { AnalyticsViewsResolver } from './analytics-views.resolver';

@Module({ imports: [KpiCacheModule], providers: [KpiQueryService, KpiResolver, CohortRetentionService, ScorecardService, AnalyticsViewsResolver] })
export class KpiModule {}
