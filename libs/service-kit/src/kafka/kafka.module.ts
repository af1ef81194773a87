import { Global, Module } from '@nestjs/common';
import { createKafkaClient, type KafkaSettings } from '@groundswell/messaging';
import { PinoLogger } from 'nestjs-pino';
import type { ServiceConfig } from '../config/service-config';
import { ServiceRuntime } from '../lifecycle/service-runtime';

export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');

/** Where and as whom a service connects to Kafka: brokers, deployment namespace, SCRAM credentials when set. */
export function kafkaConnection(config: ServiceConfig): Pick<KafkaSettings, 'clientId' | 'brokers' | 'namespace' | 'sasl'> {
  const { KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = config;
  return {
    clientId: config.KAFKA_CLIENT_ID,
    brokers: config.KAFKA_BROKERS,
    namespace: config.GROUNDSWELL_ENV,
    ...(username && password && { sasl: { mechanism: config.KAFKA_SASL_MECHANISM, username, password } }),
  };
}

@Global()
@Module({
  providers: [
    {
      provide: KAFKA_CLIENT,
      inject: [ServiceRuntime, PinoLogger],
      useFactory: (runtime: ServiceRuntime, logger: PinoLogger) => {
        logger.setContext('kafka');
        return createKafkaClient({
          ...kafkaConnection(runtime.config),
          log: (level, message, extra) => logger[level](extra, message),
        });
      },
    },
  ],
  exports: [KAFKA_CLIENT],
})
export class KafkaModule {}
