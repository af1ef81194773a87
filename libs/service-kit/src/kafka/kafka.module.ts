import { Global, Module } from '@nestjs/common';
import { createKafkaClient } from '@groundswell/messaging';
import { PinoLogger } from 'nestjs-pino';
import { ServiceRuntime } from '../lifecycle/service-runtime';

export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');

@Global()
@Module({
  providers: [
    {
      provide: KAFKA_CLIENT,
      inject: [ServiceRuntime, PinoLogger],
      useFactory: (runtime: ServiceRuntime, logger: PinoLogger) => {
        logger.setContext('kafka');
        return createKafkaClient({
          clientId: runtime.config.KAFKA_CLIENT_ID,
          brokers: runtime.config.KAFKA_BROKERS,
          log: (level, message, extra) => logger[level](extra, message),
        });
      },
    },
  ],
  exports: [KAFKA_CLIENT],
})
export class KafkaModule {}
