import type { ServiceApplicationOptions } from '@groundswell/service-kit';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuditModule } from './audit/audit.module';

export const accessApplication: ServiceApplicationOptions = {
  features: [ApiKeysModule, AuditModule],
};
