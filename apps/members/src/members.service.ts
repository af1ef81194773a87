import { eventStoreMigrations } from '@groundswell/event-store';
import { consumerMigrations } from '@groundswell/messaging';
import type { ServiceDefinition } from '@groundswell/service-kit';
import { membersMigrations } from './members.migrations';

export const membersService: ServiceDefinition = {
  name: 'members',
  migrations: [...eventStoreMigrations, ...consumerMigrations, ...membersMigrations],
};
