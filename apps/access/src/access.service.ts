import { eventStoreMigrations } from '@groundswell/event-store';
import { consumerMigrations } from '@groundswell/messaging';
import type { ServiceDefinition } from '@groundswell/service-kit';
import { apiKeyMigrations } from './api-keys/api-key.migrations';
import { auditMigrations } from './audit/audit.migrations';
import { partnerCredentialMigrations } from './partner-credentials/partner-credential.migrations';
import { webhookMigrations } from './partner-webhooks/webhook.migrations';

/** Tenant administration: API keys, partner Kafka credentials and webhooks, and the audit log (ADR 0005, 0016). */
export const accessService: ServiceDefinition = {
  name: 'access',
  migrations: [...eventStoreMigrations, ...consumerMigrations, ...apiKeyMigrations, ...auditMigrations, ...partnerCredentialMigrations, ...webhookMigrations],
};
