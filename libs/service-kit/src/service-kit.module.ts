import { type DynamicModule, Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { SERVICE_CONFIG, type ServiceConfig } from './config/service-config';
import { PostgresModule } from './database/postgres.module';
import { HealthController } from './health/health.controller';
import { KafkaModule } from './kafka/kafka.module';
import { ServiceRuntime, type ServiceDefinition } from './lifecycle/service-runtime';
import { serviceLoggerModule } from './logging/logger.module';
import { HttpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { ServiceMetrics } from './metrics/metrics';
import { MetricsController } from './metrics/metrics.controller';
import { RedisModule } from './redis/redis.module';
import { registeredService } from './registry/service-registry';

@Global()
@Module({})
class RuntimeModule {
  static forRoot(runtime: ServiceRuntime): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: ServiceRuntime, useValue: runtime },
        { provide: SERVICE_CONFIG, useValue: runtime.config },
        { provide: ServiceMetrics, useValue: new ServiceMetrics(runtime.config.service) },
      ],
      exports: [ServiceRuntime, SERVICE_CONFIG, ServiceMetrics],
    };
  }
}

/** Configuration, logs, metrics, health and the service's own servers (PostgreSQL, Kafka, Redis as it uses them). */
@Module({})
export class ServiceKitModule implements NestModule {
  static forRoot(definition: ServiceDefinition, config: ServiceConfig, schemaOnly: boolean): DynamicModule {
    const runtime = new ServiceRuntime(config, definition, schemaOnly);
    const { uses } = registeredService(definition.name);
    return {
      module: ServiceKitModule,
      imports: [
        RuntimeModule.forRoot(runtime),
        serviceLoggerModule,
        TerminusModule.forRoot({ logger: false }),
        ...(uses.postgres ? [PostgresModule] : []),
        ...(uses.kafka ? [KafkaModule] : []),
        ...(uses.redis ? [RedisModule] : []),
      ],
      controllers: [HealthController, MetricsController],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*');
  }
}
