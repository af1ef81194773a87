import { eventStoreMigrations } from '@groundswell/event-store';
import { consumerMigrations } from '@groundswell/messaging';
import type { ServiceDefinition } from '@groundswell/service-kit';
import { contentDraftMigrations } from './content-drafts/content-draft.migrations';

/** Its port, database and servers are in the service registry (libs/service-kit/src/registry). */
export const contentService: ServiceDefinition = {
  name: 'content',
  migrations: [...eventStoreMigrations, ...consumerMigrations, ...contentDraftMigrations],
};
