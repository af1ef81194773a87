import type { Pool, PoolClient } from 'pg';
import { Umzug, type UmzugStorage } from 'umzug';

/** One schema change. Names are ordered and namespaced, e.g. `event-store/0001-streams`. */
export interface Migration {
  name: string;
  up: (client: PoolClient) => Promise<void>;
}

export function sqlMigration(name: string, sql: string): Migration {
  return { name, up: async (client) => void (await client.query(sql)) };
}

const MIGRATIONS_TABLE = 'schema_migrations';
// Any fixed key works; it only has to be the same for every process migrating this database.
const MIGRATION_LOCK_KEY = 7_100_423_001;

class PostgresMigrationStorage implements UmzugStorage<PoolClient> {
  constructor(private readonly client: PoolClient) {}

  // Recorded inside the migration's own transaction (see migrate), so a crash can't apply without recording.
  async logMigration(): Promise<void> {}

  async unlogMigration({ name }: { name: string }): Promise<void> {
    await this.client.query(`DELETE FROM ${MIGRATIONS_TABLE} WHERE name = $1`, [name]);
  }

  async executed(): Promise<string[]> {
    const result = await this.client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`);
    return result.rows.map((row) => row.name);
  }
}

export interface MigrationStatus {
  applied: string[];
  latest: string | null;
}

/**
 * Applies pending migrations in order, each in its own transaction, under an advisory lock so that
 * replicas starting together migrate once.
 */
export async function migrate(pool: Pool, migrations: readonly Migration[]): Promise<MigrationStatus> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
         id bigserial PRIMARY KEY,
         name text NOT NULL UNIQUE,
         applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const umzug = new Umzug<PoolClient>({
      migrations: migrations.map((migration) => ({
        name: migration.name,
        up: async ({ context }) => {
          await context.query('BEGIN');
          try {
            await migration.up(context);
            await context.query(`INSERT INTO ${MIGRATIONS_TABLE} (name) VALUES ($1)`, [migration.name]);
            await context.query('COMMIT');
          } catch (error) {
            await context.query('ROLLBACK');
            throw error;
          }
        },
      })),
      context: client,
      storage: new PostgresMigrationStorage(client),
      logger: undefined,
    });
    await umzug.up();
    return await migrationStatus(pool);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}

export async function migrationStatus(pool: Pool): Promise<MigrationStatus> {
  const result = await pool.query<{ name: string }>(
    `SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`,
  );
  const applied = result.rows.map((row) => row.name);
  return { applied, latest: applied.at(-1) ?? null };
}
