import { randomUUID } from 'node:crypto';
import type { Identity, Role } from '@groundswell/service-kit';

export const aTenantId = () => `tenant-${randomUUID().slice(0, 8)}`;

export const anOperator = (tenant: string, sub: string, roles: Role[] = ['moderator']): Identity => ({ sub, tenant, roles });
