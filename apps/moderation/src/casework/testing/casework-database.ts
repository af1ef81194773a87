import { randomUUID } from 'node:crypto';
import { EventStore, eventStoreMigrations } from '@groundswell/event-store';
import type { Identity, Role } from '@groundswell/service-kit';
import { createTestDatabase, type TestDatabase } from '@groundswell/test-kit';
import { caseworkMigrations } from '../casework.migrations';
import { caseworkProjections } from '../casework.projections';

/** A fresh database with the event store and the casework read models, and a store projecting into them. */
export async function createCaseworkDatabase(label: string): Promise<{ database: TestDatabase; store: EventStore }> {
  const database = await createTestDatabase(`moderation_${label}`, [...eventStoreMigrations, ...caseworkMigrations]);
  return { database, store: new EventStore(database.pool, caseworkProjections) };
}

export const aTenantId = () => `tenant-${randomUUID().slice(0, 8)}`;

export const anOperator = (tenant: string, sub: string, roles: Role[] = ['moderator']): Identity => ({ sub, tenant, roles });
