import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { eventually } from '../libs/test-kit/src/eventually';
import { portsFor, serviceOrder } from './lib/services.ts';

const portOffset = 700;
const databasePrefix = 'groundswell_startcheck';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Build, seven services and the demo tenant (about 7,000 API calls) on a 2-core machine shared with the test run.
const startupBudgetMs = 720_000;

/** The platform's process group, killed even when a failed or timed-out test never reached its own cleanup. */
function killGroup(child: ChildProcess | undefined): void {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // The group is gone already; an error here would hide the assertion that failed.
  }
}

function runNpm(args: string[]): { status: number | null; output: string } {
  const result = spawnSync('npm', args, { encoding: 'utf8', env: process.env });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function dropStartcheckDatabases() {
  const client = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${databasePrefix}_%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

async function waitForOutput(read: () => string, text: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!read().includes(text)) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}) before "${text}":\n${read().slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" after ${timeoutMs} ms:\n${read().slice(-3000)}`);
    await sleep(250);
  }
}

describe('npm start', () => {
  let platform: ChildProcess | undefined;
  afterAll(async () => {
    killGroup(platform);
    await dropStartcheckDatabases();
  });

  it('should run every service, answer its printed example query with its printed token, and stop every process on Ctrl-C', async () => {
    const child = (platform = spawn('npm', ['start'], {
      detached: true, // its own process group, like a terminal's foreground job
      // Small pools: this platform runs beside the e2e platform, and both share one PostgreSQL (100 connections by default).
      env: { ...process.env, GROUNDSWELL_PORT_OFFSET: String(portOffset), GROUNDSWELL_DATABASE_PREFIX: databasePrefix, LOG_LEVEL: 'warn', DATABASE_POOL_MAX: '4' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }));
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await waitForOutput(() => output, 'Groundswell is running.', child, startupBudgetMs);
      const example = /curl -s (\S+) -H 'content-type: application\/json' \\\s+-H 'authorization: Bearer (\S+)' \\\s+-d '(.+)'/.exec(output);
      expect(example).not.toBeNull();
      const [, url, token, body] = example!;
      expect(url).toBe(`http://127.0.0.1:${portsFor(portOffset).gateway}/graphql`);
      const unauthenticated = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(unauthenticated.status).toBe(401);
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const result = (await response.json()) as { data: Record<string, { service: string }>; errors?: unknown };
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data).map((status) => status.service).sort()).toEqual(['access', 'analytics', 'campaigns', 'content', 'members', 'moderation']);
      // The jar cache from the test run's own infrastructure start is reused, not fetched again.
      expect(output).not.toContain('fetching Kafka jars');

      // Ctrl-C: the terminal signals the whole foreground process group. npm's shell (dash) dies of the
      // signal at once; what matters is that every service shuts down cleanly and nothing is left.
      process.kill(-child.pid!, 'SIGINT');
      await exited;
      await eventually(() => expect(spawnSync('pgrep', ['-g', String(child.pid)]).status).toBe(1), 60_000, 250); // 1 = group empty
      for (const service of serviceOrder) {
        expect(output).toMatch(new RegExp(`${service}\\s+stopped \\(exit 0\\)`));
        await expect(fetch(`http://127.0.0.1:${portsFor(portOffset)[service]}/health/live`)).rejects.toThrow();
      }
    } finally {
      killGroup(child);
    }
  }, startupBudgetMs + 120_000);

  it('should stop Kafka with infra:down and start it again from the cached jars with infra:up', () => {
    const down = runNpm(['run', '--silent', 'infra:down']);
    expect(down.status).toBe(0);
    expect(down.output).toMatch(/kafka\s+down.*stopped/);
    const up = runNpm(['run', '--silent', 'infra:up']);
    expect(up.status).toBe(0);
    expect(up.output).toMatch(/kafka\s+up/);
    expect(up.output).not.toContain('fetching Kafka jars');
  });
});
