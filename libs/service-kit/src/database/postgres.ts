import { Client, Pool, type PoolConfig } from 'pg';

export const PG_POOL = Symbol('PG_POOL');

export function createPool(databaseUrl: string, max = 10, applicationName = 'groundswell'): Pool {
  const config: PoolConfig = {
    connectionString: databaseUrl,
    max,
    application_name: applicationName,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
  };
  const pool = new Pool(config);
  // A terminated backend (failover, pg_terminate_backend) surfaces as an 'error' event on the client,
  // idle or checked out; the query in flight rejects on its own and the pool replaces the connection.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

function databaseName(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Unsupported database name "${name}": use letters, digits and _`);
  return name;
}

/** Runs `work` connected to the server's `postgres` database, for creating or dropping the named one. */
async function asAdministrator(databaseUrl: string, work: (client: Client, name: string) => Promise<void>): Promise<void> {
  const name = databaseName(databaseUrl);
  const adminUrl = new URL(databaseUrl);
  adminUrl.pathname = '/postgres';
  const client = new Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    await work(client, name);
  } finally {
    await client.end();
  }
}

/** Creates the service's database on first start; safe when several processes race to do it. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  await asAdministrator(databaseUrl, async (client, name) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  });
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  await asAdministrator(databaseUrl, async (client, name) => {
    // A pool's end() resolves once its clients have asked to close, before their backends have gone;
    // forcing the drop then would answer a closing client with FATAL 57P01, an unhandled 'error'.
    // So wait (briefly) for those to leave; FORCE is for connections nobody is closing.
    for (let waited = 0; waited < 2_000 && (await connectionsTo(client, name)) > 0; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

async function connectionsTo(client: Client, database: string): Promise<number> {
  const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM pg_stat_activity WHERE datname = $1', [database]);
  return Number(rows[0].count);
}
