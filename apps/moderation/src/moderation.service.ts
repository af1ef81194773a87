import { eventStoreMigrations } from '@groundswell/event-store';
import { consumerMigrations } from '@groundswell/messaging';
import type { ServiceDefinition } from '@groundswell/service-kit';
import { caseworkMigrations } from './casework/casework.migrations';
import { crisisMigrations } from './crisis/crisis.migrations';
import { riskMigrations } from './risk-register/risk.migrations';
import { knownPartyMigrations } from './known-parties/known-parties.migrations';
import { ruleSetMigrations } from './rule-sets/rule-set.migrations';
import { watchedWordMigrations } from './watched-words/watched-words.migrations';

/** Its port, database and servers are in the service registry (libs/service-kit/src/registry). */
export const moderationService: ServiceDefinition = {
  name: 'moderation',
  migrations: [...eventStoreMigrations, ...consumerMigrations, ...ruleSetMigrations, ...watchedWordMigrations, ...knownPartyMigrations, ...caseworkMigrations, ...crisisMigrations, ...riskMigrations],
};
