import { eventStoreMigrations } from '@groundswell/event-store';
import { consumerMigrations } from '@groundswell/messaging';
import type { ServiceDefinition } from '@groundswell/service-kit';

export const campaignsService: ServiceDefinition = {
  name: 'campaigns',
  uses: { postgres: true, kafka: true, redis: false },
  migrations: [...eventStoreMigrations, ...consumerMigrations],
};
