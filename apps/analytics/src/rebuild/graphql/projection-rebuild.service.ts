import { Inject, Injectable } from '@nestjs/common';
import { PG_POOL } from '@groundswell/service-kit';
import { PinoLogger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { ProjectionRegistry } from '../projection-registry';
import { latestRebuilds, type RebuildRecord } from '../rebuild-record';
import { startRebuild } from '../run-rebuild';

/** Starts rebuilds in the background of the service and reports on them. */
@Injectable()
export class ProjectionRebuildService {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly registry: ProjectionRegistry,
    private readonly logger: PinoLogger,
  ) {}

  /** Returns as soon as the rebuild is recorded as running; the same key (per tenant) returns the same rebuild. */
  async start(tenantId: string, name: string, idempotencyKey?: string | null): Promise<RebuildRecord> {
    const projection = this.registry.get(name);
    const { record, done } = await startRebuild(this.pool, projection, { idempotencyKey: idempotencyKey ? `${tenantId}:${idempotencyKey}` : null });
    void done?.then(
      (report) => this.logger.info({ rebuild: record.rebuildId, ...report }, 'analytics projection rebuilt'),
      (error: unknown) => this.logger.error({ rebuild: record.rebuildId, err: error }, 'analytics projection rebuild failed'),
    );
    return record;
  }

  async statuses(): Promise<Array<{ projection: string; tables: string[]; lastRebuild: RebuildRecord | null }>> {
    const latest = await latestRebuilds(this.pool);
    return this.registry.list().map((projection) => ({
      projection: projection.name,
      tables: [...projection.tables],
      lastRebuild: latest.find((record) => record.projection === projection.name) ?? null,
    }));
  }
}
