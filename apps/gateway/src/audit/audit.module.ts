import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createKafkaClient } from '@groundswell/messaging';
import { kafkaConnection, ServiceMetrics, ServiceRuntime } from '@groundswell/service-kit';
import { PinoLogger } from 'nestjs-pino';
import { AuditPublisher } from './audit-publisher';

/**
 * The gateway's own Kafka producer for audit records. Deliberately not the service kit's Kafka
 * module: Kafka is not a readiness dependency of the gateway, since auditing never blocks a request.
 */
@Module({
  providers: [
    {
      provide: AuditPublisher,
      inject: [ServiceRuntime, ServiceMetrics, PinoLogger],
      useFactory: (runtime: ServiceRuntime, metrics: ServiceMetrics, logger: PinoLogger) => {
        const log = (level: 'warn' | 'error' | 'info' | 'debug', message: string, extra: Record<string, unknown>) =>
          logger[level]({ ...extra, component: 'audit' }, message);
        const kafka = createKafkaClient({ ...kafkaConnection(runtime.config), clientId: `${runtime.config.KAFKA_CLIENT_ID}-audit`, log });
        return new AuditPublisher(kafka, metrics.registry, log);
      },
    },
  ],
  exports: [AuditPublisher],
})
export class AuditModule implements OnApplicationShutdown {
  constructor(@Inject(AuditPublisher) private readonly publisher: AuditPublisher) {}

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.close();
  }
}
