// PostgreSQL: probe it, and start the Debian cluster when it is installed but not running.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client as PgClient } from 'pg';
import { readText } from './files.ts';
import type { Paths } from './paths.ts';
import { withTimeout, type ProbeResult } from './probes.ts';
import { run, waitFor, which } from './processes.ts';
import type { Settings } from './settings.ts';
import { readStarted, updateStarted, type StartedRecord } from './state.ts';
import { InfraError, type ServiceStatus } from './types.ts';

const PG_START_TIMEOUT_MS = 30_000;

export async function pgProbe(s: Settings): Promise<ProbeResult> {
  const client = new PgClient({
    host: s.pg.host,
    port: s.pg.port,
    user: s.pg.user,
    password: s.pg.password,
    database: s.pg.database,
    connectionTimeoutMillis: 2_000,
    query_timeout: 3_000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return { up: true };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    // A SQLSTATE means a PostgreSQL server answered (e.g. 3D000 database missing, 28P01 bad password).
    if (typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code)) {
      return { up: true, warning: `answers, but: ${err.message}` };
    }
    return { up: false, error: err.message || String(e) };
  } finally {
    await withTimeout(client.end().catch(() => undefined), 2_000, undefined);
  }
}

function pgClusterVersions(): string[] {
  try {
    return fs
      .readdirSync('/etc/postgresql')
      .filter((v) => fs.existsSync(path.join('/etc/postgresql', v, 'main', 'postgresql.conf')))
      .sort((a, b) => Number(b) - Number(a));
  } catch {
    return [];
  }
}

function pgClusterPort(version: string): number | undefined {
  const conf = readText(path.join('/etc/postgresql', version, 'main', 'postgresql.conf')) || '';
  const m = /^\s*port\s*=\s*(\d+)/m.exec(conf);
  return m ? Number(m[1]) : undefined;
}

export async function ensurePostgres(p: Paths, s: Settings): Promise<ServiceStatus> {
  const base = { name: 'postgres' as const, address: s.pg.address };
  const probe = await pgProbe(s);
  const ours = Boolean(readStarted(p).postgres);
  if (probe.up) {
    return { ...base, up: true, ours, note: probe.warning ? `already running; ${probe.warning}` : 'already running' };
  }
  if (!s.pg.local) {
    throw new Error(`PostgreSQL at ${s.pg.address} does not answer (${probe.error}), and it is not on this machine, so deploy/local cannot start it.`);
  }
  const versions = pgClusterVersions();
  if (!which('pg_ctlcluster') || versions.length === 0) {
    throw new Error(
      `PostgreSQL does not answer on ${s.pg.address} and no server is installed here; install it with \`apt-get install postgresql\` (or point DATABASE_URL / PGHOST / PGPORT at a running server).`,
    );
  }
  const version = versions.find((v) => (pgClusterPort(v) ?? 5432) === s.pg.port) ?? versions[0];
  const r = await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { timeoutMs: 60_000 });
  if (r.code !== 0) {
    if (/already running/i.test(r.output)) {
      throw new Error(
        `PostgreSQL ${version}/main is already running but does not answer on ${s.pg.address} (its postgresql.conf port is ${pgClusterPort(version) ?? 5432}): ${probe.error}; check DATABASE_URL / PGHOST / PGPORT.`,
      );
    }
    throw new Error(`\`pg_ctlcluster ${version} main start\` failed (exit ${r.code}): ${r.output.trim()}`);
  }
  updateStarted(p, (st) => {
    st.postgres = { version, cluster: 'main', startedAt: new Date().toISOString() };
  });
  let last: ProbeResult = probe;
  const ok = await waitFor(async () => (last = await pgProbe(s)).up, PG_START_TIMEOUT_MS, 500);
  if (!ok) {
    throw new Error(`PostgreSQL ${version}/main started but does not answer on ${s.pg.address} (${last.error}); check /var/log/postgresql/.`);
  }
  return { ...base, up: true, ours: true, note: `started cluster ${version}/main${last.warning ? `; ${last.warning}` : ''}` };
}

/** Stops the cluster `up` started; returns the note `down` prints. */
export async function stopPostgres(p: Paths, s: Settings, { version, cluster }: NonNullable<StartedRecord['postgres']>): Promise<string> {
  const r = await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, cluster, 'stop'], { timeoutMs: 120_000 });
  if (r.code !== 0 && (await pgProbe(s)).up) {
    throw new InfraError(`\`pg_ctlcluster ${version} ${cluster} stop\` failed (exit ${r.code}): ${r.output.trim()}`);
  }
  updateStarted(p, (st) => {
    delete st.postgres;
  });
  return `stopped cluster ${version}/${cluster}`;
}
