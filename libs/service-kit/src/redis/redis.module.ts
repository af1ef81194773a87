import { Global, Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { createClient } from 'redis';
import { ServiceRuntime } from '../lifecycle/service-runtime';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
export type RedisClient = ReturnType<typeof createClient>;

/**
 * What a deployment puts before its Redis keys: its namespace (`GROUNDSWELL_ENV`), as on Kafka, so
 * deployments sharing one Redis never share a rate budget or a cached answer. Unset: no prefix.
 */
export const deploymentKeyPrefix = (namespace: string | undefined): string => (namespace ? `${namespace}:` : '');

@Injectable()
export class RedisLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient,
    private readonly runtime: ServiceRuntime,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.runtime.connectsToServers) await this.redis.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis.isOpen) await this.redis.close().catch(() => undefined);
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [ServiceRuntime],
      useFactory: (runtime: ServiceRuntime) => {
        const client = createClient({
          url: runtime.config.REDIS_URL,
          socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 3_000) },
        });
        // Reconnection is automatic; readiness reports the outage, so errors are not fatal here.
        client.on('error', () => undefined);
        return client;
      },
    },
    RedisLifecycle,
  ],
  exports: [REDIS_CLIENT],
})
export class RedisModule {}
