import { eventStoreMigrations } from '@groundswell/event-store';
import { consumerMigrations } from '@groundswell/messaging';
import type { ServiceDefinition } from '@groundswell/service-kit';
import { apiKeyMigrations } from './api-keys/api-key.migrations';
import { auditMigrations } from './audit/audit.migrations';

/** Tenant administration: API keys and the audit log (ADR 0005). */
export const accessService: ServiceDefinition = {
  name: 'access',
  migrations: [...eventStoreMigrations, ...consumerMigrations, ...apiKeyMigrations, ...auditMigrations],
};
