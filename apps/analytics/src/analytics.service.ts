import { eventStoreMigrations } from '@groundswell/event-store';
import { consumerMigrations } from '@groundswell/messaging';
import type { ServiceDefinition } from '@groundswell/service-kit';
import { analyticsLogMigrations } from './ingest/analytics-log.migrations';
import { projectionMigrations } from './projections/projection.migrations';
import { rebuildMigrations } from './rebuild/rebuild.migrations';
import { tenantWatermarkMigrations } from './cache/tenant-watermark.migrations';

export const analyticsService: ServiceDefinition = {
  name: 'analytics',
  migrations: [...eventStoreMigrations, ...consumerMigrations, ...analyticsLogMigrations, ...projectionMigrations, ...rebuildMigrations, ...tenantWatermarkMigrations],
};
