import { Global, Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { ServiceRuntime } from '../lifecycle/service-runtime';
import { migrate, type MigrationStatus } from './migrations';
import { createPool, ensureDatabase, PG_POOL } from './postgres';

@Injectable()
export class DatabaseLifecycle implements OnModuleInit, OnApplicationShutdown {
  private status: MigrationStatus = { applied: [], latest: null };

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly runtime: ServiceRuntime,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.runtime.connectsToServers) return;
    await ensureDatabase(this.runtime.config.DATABASE_URL);
    this.status = await migrate(this.pool, this.runtime.definition.migrations ?? []);
  }

  migrations(): MigrationStatus {
    return this.status;
  }

  // Closed last, after the HTTP server and consumers have finished their in-flight work.
  async onApplicationShutdown(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}

@Global()
@Module({
  providers: [
    {
      provide: PG_POOL,
      inject: [ServiceRuntime],
      useFactory: (runtime: ServiceRuntime) =>
        createPool(runtime.config.DATABASE_URL, runtime.config.DATABASE_POOL_MAX, `groundswell-${runtime.config.service}`),
    },
    DatabaseLifecycle,
  ],
  exports: [PG_POOL, DatabaseLifecycle],
})
export class PostgresModule {}
