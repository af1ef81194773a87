import { eventStoreMigrations } from '@groundswell/event-store';
import { consumerMigrations } from '@groundswell/messaging';
import type { ServiceDefinition } from '@groundswell/service-kit';
import { contentItemMigrations } from './content-items/content-item.migrations';
import { calendarMigrations } from './calendar/calendar.migrations';
import { originalityMigrations } from './originality/originality.migrations';
import { ugcMigrations } from './ugc/ugc.migrations';
import { engagementMigrations } from './engagement/engagement.migrations';

/** Its port, database and servers are in the service registry (libs/service-kit/src/registry). */
export const contentService: ServiceDefinition = {
  name: 'content',
  migrations: [...eventStoreMigrations, ...consumerMigrations, ...contentItemMigrations, ...calendarMigrations, ...originalityMigrations, ...ugcMigrations, ...engagementMigrations],
};
