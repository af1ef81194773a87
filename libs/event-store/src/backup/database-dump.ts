import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

function parts(databaseUrl: string): { server: string; database: string } {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  return { server: url.toString(), database };
}

async function onServer<T>(databaseUrl: string, work: (client: Client, database: string) => Promise<T>): Promise<T> {
  const { server, database } = parts(databaseUrl);
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client, database);
  } finally {
    await client.end();
  }
}

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** `pg_dump` in its custom format: compressed, restorable table by table, consistent as of one snapshot. */
export async function dumpDatabase(databaseUrl: string, file: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--no-owner', '--file', file, '--dbname', databaseUrl]);
}

/** What a lost volume or a mistaken `DROP` does: the database is gone, sessions and all. */
export async function destroyDatabase(databaseUrl: string): Promise<void> {
  await onServer(databaseUrl, (client, database) => client.query(`DROP DATABASE IF EXISTS ${quoted(database)} WITH (FORCE)`));
}

/** Creates the database afresh and restores the dump into it; any error stops the restore. */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<void> {
  await onServer(databaseUrl, (client, database) => client.query(`CREATE DATABASE ${quoted(database)}`));
  await run('pg_restore', ['--exit-on-error', '--no-owner', '--dbname', databaseUrl, file]);
}
