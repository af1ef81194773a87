import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { Client } from 'pg';
import { eventually } from '../../libs/test-kit/src/eventually';
import { databaseName, services, subgraphs } from '../../libs/service-kit/src/registry/service-registry';
import { readStages, runtimeStage, type Stage } from './dockerfile';

// Replays the Dockerfile's runtime stage on this machine (no container engine here): the same COPYs,
// the same `npm ci --omit=dev`, the same ENV and ENTRYPOINT, then starts every service from it.
const repositoryRoot = resolve(__dirname, '../..');
const databasePrefix = 'groundswell_prodinstall';
const portOffset = 560;
const secret = () => randomBytes(32).toString('base64');

function workdirOf(stage: Stage): string {
  const workdirs = stage.steps.filter((step) => step.kind === 'workdir');
  return workdirs.at(-1)?.path ?? '/';
}

/** The image's file system mapped onto the host: the runtime WORKDIR is `root`, the build stage's is the repository. */
function replayRuntimeStage(root: string): { env: Record<string, string>; argv: string[] } {
  const stages = readStages();
  const runtime = runtimeStage();
  const env: Record<string, string> = {};
  let workdir = '/';
  const onHost = (path: string) => join(root, posix.relative(workdirOf(runtime), posix.resolve(workdir, path)));
  let argv: string[] = [];
  for (const step of runtime.steps) {
    if (step.kind === 'workdir') workdir = posix.resolve(workdir, step.path);
    if (step.kind === 'env') env[step.name] = step.value;
    if (step.kind === 'copy') {
      const from = step.fromStage ? stages.find((stage) => stage.name === step.fromStage)! : undefined;
      for (const source of step.sources) {
        const hostSource = from ? join(repositoryRoot, posix.relative(workdirOf(from), source)) : join(repositoryRoot, source);
        const destination = step.destination.endsWith('/') ? join(onHost(step.destination), posix.basename(source)) : onHost(step.destination);
        cpSync(hostSource, destination, { recursive: true });
      }
    }
    // Operating-system packages (tini) are the base image's business; every other command runs as written.
    // The build's npm cache mount (`--mount=type=cache,target=/root/.npm`) is this machine's npm cache,
    // which npm test's install has just filled: packages come from it without asking the registry again.
    if (step.kind === 'run' && !/^apt-get\b/.test(step.command)) {
      const result = spawnSync('sh', ['-c', step.command], { cwd: onHost(workdir), env: { ...process.env, npm_config_prefer_offline: 'true', ...env }, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`RUN ${step.command} failed (${result.status}):\n${result.stdout}${result.stderr}`);
    }
    if (step.kind === 'entrypoint') argv = step.argv;
  }
  // tini's part (`tini --`) is PID 1's job in the container; here the test is the parent.
  const afterInit = argv.includes('--') ? argv.slice(argv.indexOf('--') + 1) : argv;
  return { env, argv: afterInit };
}

async function dropDatabases(): Promise<void> {
  const client = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${databasePrefix}_%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

describe('production install (the Dockerfile runtime stage)', () => {
  let root: string;
  const running: Array<{ name: string; child: ChildProcess; output: string[] }> = [];

  beforeAll(() => {
    if (!existsSync(join(repositoryRoot, 'dist/scripts/lib/run-service.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    root = mkdtempSync(join(tmpdir(), 'groundswell-image-'));
  });

  afterAll(async () => {
    for (const { child } of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await dropDatabases();
    rmSync(root, { recursive: true, force: true });
  });

  it('should start every service to /health/live with devDependencies absent, and stop each cleanly on SIGTERM', async () => {
    const image = replayRuntimeStage(root);
    expect(existsSync(join(root, 'node_modules/kafkajs'))).toBe(true);
    expect(existsSync(join(root, 'node_modules/jest'))).toBe(false);
    expect(existsSync(join(root, 'node_modules/@swc/core'))).toBe(false);

    const [command, ...args] = image.argv;
    expect(command).toBe('node');
    const sharedEnv = {
      PATH: process.env.PATH ?? '',
      ...image.env,
      LOG_LEVEL: 'warn',
      GROUNDSWELL_ENV: 'prodinstall',
      DATABASE_POOL_MAX: '3',
      INTERNAL_IDENTITY_SECRET: secret(),
      AUTH_JWT_SECRET: secret(),
      MEMBERS_KEY_ENCRYPTION_KEY: secret(),
      MEMBERS_IDENTITY_INDEX_KEY: secret(),
      ...Object.fromEntries(subgraphs.map(({ name }) => [`SUBGRAPH_URL_${name.toUpperCase()}`, `http://127.0.0.1:${services.find((s) => s.name === name)!.port + portOffset}/graphql`])),
    };
    for (const service of services) {
      const child = spawn(process.execPath, [...args, service.name], {
        cwd: root,
        env: { ...sharedEnv, PORT: String(service.port + portOffset), DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${databaseName(service.name, databasePrefix)}` },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const output: string[] = [];
      child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      running.push({ name: service.name, child, output });
    }

    for (const { name, child, output } of running) {
      const port = services.find((service) => service.name === name)!.port + portOffset;
      await eventually(async () => {
        if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output.join('').slice(-3000)}`);
        const response = await fetch(`http://127.0.0.1:${port}/health/live`);
        expect(response.status).toBe(200);
      }, 90_000, 250).catch((error: Error) => {
        throw new Error(`${name}: ${error.message}\n${output.join('').slice(-3000)}`);
      });
    }

    const exits = await Promise.all(
      running.map(({ name, child }) => new Promise<string>((resolveExit) => {
        child.once('exit', (code, signal) => resolveExit(`${name}: ${signal ?? code}`));
        child.kill('SIGTERM');
      })),
    );
    expect(exits).toEqual(services.map((service) => `${service.name}: 0`));
  });
});
