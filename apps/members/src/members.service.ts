import { eventStoreMigrations } from '@groundswell/event-store';
import { consumerMigrations } from '@groundswell/messaging';
import type { ServiceDefinition } from '@groundswell/service-kit';
import { partnerFeedMigrations } from './partner/partner-feed.migrations';
import { readModelMigrations } from './read-models/read-model.migrations';

export const membersService: ServiceDefinition = {
  name: 'members',
  uses: { postgres: true, kafka: true, redis: false },
  migrations: [...eventStoreMigrations, ...consumerMigrations, ...readModelMigrations, ...partnerFeedMigrations],
};
