import { eventStoreMigrations } from '@groundswell/event-store';
import { consumerMigrations } from '@groundswell/messaging';
import type { ServiceDefinition } from '@groundswell/service-kit';

export const analyticsService: ServiceDefinition = {
  name: 'analytics',
  uses: { postgres: true, kafka: true, redis: true },
  migrations: [...eventStoreMigrations, ...consumerMigrations],
};
