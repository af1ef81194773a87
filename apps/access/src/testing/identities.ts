import { randomUUID } from 'node:crypto';
import type { Identity } from '@groundswell/service-kit';

export const aTenantId = () => `tenant-${randomUUID().slice(0, 8)}`;

export const anOwner = (tenant: string, overrides: Partial<Identity> = {}): Identity => ({ sub: 'u-owner', tenant, roles: ['owner'], ...overrides });
