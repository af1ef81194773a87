import type { ServiceApplicationOptions } from '@groundswell/service-kit';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuditModule } from './audit/audit.module';
import { PartnerCredentialsModule } from './partner-credentials/partner-credentials.module';
import { PartnerTopicsModule } from './partner-topics/partner-topics.module';
import { PartnerWebhooksModule } from './partner-webhooks/partner-webhooks.module';

export const accessApplication: ServiceApplicationOptions = {
  features: [ApiKeysModule, AuditModule, PartnerCredentialsModule, PartnerTopicsModule, PartnerWebhooksModule],
};
