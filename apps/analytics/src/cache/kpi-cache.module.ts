import { Module } from '@nestjs/common';
import { deploymentKeyPrefix, REDIS_CLIENT, ServiceMetrics, ServiceRuntime, type RedisClient } from '@groundswell/service-kit';
import { KpiAnswerCache } from './kpi-answer-cache';

@Module({
  providers: [
    {
      provide: KpiAnswerCache,
      inject: [REDIS_CLIENT, ServiceMetrics, ServiceRuntime],
      useFactory: (redis: RedisClient, metrics: ServiceMetrics, runtime: ServiceRuntime) => new KpiAnswerCache(redis, metrics.registry, deploymentKeyPrefix(runtime.config.GROUNDSWELL_ENV)),
    },
  ],
  exports: [KpiAnswerCache],
})
export class KpiCacheModule {}
