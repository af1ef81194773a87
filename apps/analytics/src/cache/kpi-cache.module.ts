import { Module } from '@nestjs/common';
import { REDIS_CLIENT, ServiceMetrics, type RedisClient } from '@groundswell/service-kit';
import { KpiAnswerCache } from './kpi-answer-cache';

@Module({
  providers: [
    {
      provide: KpiAnswerCache,
      inject: [REDIS_CLIENT, ServiceMetrics],
      useFactory: (redis: RedisClient, metrics: ServiceMetrics) => new KpiAnswerCache(redis, metrics.registry),
    },
  ],
  exports: [KpiAnswerCache],
})
export class KpiCacheModule {}
