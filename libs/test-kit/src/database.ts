import { randomBytes } from 'node:crypto';
import { createPool, dropDatabase, ensureDatabase, migrate, type Migration } from '@groundswell/service-kit';
import type { Pool } from 'pg';

export const testPostgresUrl = (database: string) =>
  `postgres://${process.env.PGUSER ?? 'postgres'}@${process.env.PGHOST ?? '127.0.0.1'}:${process.env.PGPORT ?? '5432'}/${database}`;

export interface TestDatabase {
  url: string;
  pool: Pool;
  drop(): Promise<void>;
}

/** A fresh, uniquely named database (optionally migrated), so tests never share state. */
export async function createTestDatabase(label: string, migrations: readonly Migration[] = []): Promise<TestDatabase> {
  const name = `gs_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const url = testPostgresUrl(name);
  await ensureDatabase(url);
  const pool = createPool(url, 20, `test-${label}`);
  await migrate(pool, migrations);
  return {
    url,
    pool,
    async drop() {
      await pool.end().catch(() => undefined);
      await dropDatabase(url);
    },
  };
}
