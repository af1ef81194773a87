import { Module } from '@nestjs/common';
import { KpiQueryService } from '../kpis/kpi-query.service';
import { KpiResolver } from './kpi.resolver';

@Module({ providers: [KpiQueryService, KpiResolver] })
export class KpiModule {}
