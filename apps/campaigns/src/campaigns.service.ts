import { eventStoreMigrations } from '@groundswell/event-store';
import { consumerMigrations } from '@groundswell/messaging';
import type { ServiceDefinition } from '@groundswell/service-kit';
import { campaignDraftMigrations } from './campaign-drafts/campaign-draft.migrations';

/** Its port, database and servers are in the service registry (libs/service-kit/src/registry). */
export const campaignsService: ServiceDefinition = {
  name: 'campaigns',
  migrations: [...eventStoreMigrations, ...consumerMigrations, ...campaignDraftMigrations],
};
