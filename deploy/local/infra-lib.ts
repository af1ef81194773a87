/**
 * Local infrastructure for Groundswell: Kafka (KRaft, one combined broker/controller node, run from
 * Apache's Maven Central artifacts), PostgreSQL and Redis on loopback.
 *
 * Used two ways:
 *  - by the CLI `node deploy/local/infra.ts up|down|status|logs` (Node 24 type stripping, ESM), and
 *  - as a module from jest tests compiled to CommonJS by SWC (integration tests call
 *    `stopKafka()` / `startKafka()` to simulate a broker outage).
 * Hence: erasable TypeScript only, no top-level await, no import.meta.
 *
 * Everything it creates lives under `<repo>/.local/` (git-ignored):
 *   .local/kafka/libs/          jars fetched once by Maven (stamp: .local/kafka/libs.stamp)
 *   .local/kafka/config/        generated server.properties + log4j2 configs (rewritten on each start)
 *   .local/kafka/data/          KRaft metadata + topic data (delete to reset)
 *   .local/kafka/logs/          server.log (log4j2), kafka.out (JVM stdout/stderr)
 *   .local/kafka/kafka.pid      pid of the broker we started
 *   .local/redis/               data dir, redis.log, redis.pid of a Redis we started
 *   .local/started.json         what `up` started, so `down` stops only that
 *   .local/infra.lock           cross-process lock (two jest workers calling `up` at once)
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Client as PgClient } from 'pg';
import { createClient } from 'redis';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export interface InfraOptions {
  /** Repository root (where `.local/` lives). Default: two levels above this file. */
  root?: string;
  /**
   * Receives human-readable status lines. Default: `console.log` for `up`/`down`/`status`/`logs`,
   * silent for `startKafka`/`stopKafka`/`kafkaRunning`.
   */
  log?: (line: string) => void;
  /** Environment to read KAFKA_BROKERS / DATABASE_URL / PG* / REDIS_URL from. Default: process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface LogsOptions extends InfraOptions {
  /** Number of trailing lines to print per file (default 100). */
  lines?: number;
  /** Keep printing new lines until `signal` aborts (or the process is interrupted). */
  follow?: boolean;
  signal?: AbortSignal;
}

export type ServiceName = 'kafka' | 'postgres' | 'redis';

export interface ServiceStatus {
  name: ServiceName;
  up: boolean;
  /** host:port (or comma-separated broker list for Kafka). */
  address: string;
  /** True when deploy/local started it, i.e. `down` would stop it. */
  ours: boolean;
  pid?: number;
  /** Short explanation, e.g. "started, pid 1234" or "already running". */
  note: string;
}

export interface KafkaHandle {
  brokers: string[];
  /** True when this call spawned the broker; false when one already answered. */
  started: boolean;
  /** Pid of the broker when deploy/local runs it. */
  pid?: number;
}

export interface KafkaStopResult {
  /** True when a broker process was stopped by this call. */
  stopped: boolean;
  pid?: number;
}

// ---------------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------------

const KAFKA_START_TIMEOUT_MS = 90_000;
const KAFKA_STOP_GRACE_MS = 30_000;
const PG_START_TIMEOUT_MS = 30_000;
const REDIS_START_TIMEOUT_MS = 15_000;
const LOCK_TIMEOUT_MS = 15 * 60_000; // the very first `up` downloads the Kafka jars
const LOCK_STALE_MS = 20 * 60_000;
const DEFAULT_HEAP = '-Xmx512m -Xms256m';

// ---------------------------------------------------------------------------------------------
// Paths and settings
// ---------------------------------------------------------------------------------------------

interface Paths {
  root: string;
  pom: string;
  local: string;
  kafkaDir: string;
  libs: string;
  libsStamp: string;
  config: string;
  serverProps: string;
  log4j: string;
  toolsLog4j: string;
  data: string;
  logs: string;
  serverLog: string;
  kafkaOut: string;
  kafkaPid: string;
  redisDir: string;
  redisLog: string;
  redisPid: string;
  startedFile: string;
  lockFile: string;
}

function findRoot(): string {
  // CommonJS (jest + SWC): __dirname is deploy/local. Under Node's ESM loader it is undefined.
  if (typeof __dirname === 'string' && fs.existsSync(path.join(__dirname, 'pom.xml'))) {
    return path.resolve(__dirname, '..', '..');
  }
  const starts = [process.argv[1] ? path.dirname(path.resolve(process.argv[1])) : '', process.cwd()];
  for (const start of starts) {
    if (!start) continue;
    let dir = start;
    for (;;) {
      if (fs.existsSync(path.join(dir, 'deploy', 'local', 'pom.xml'))) return dir;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error('Cannot find the repository root (a folder containing deploy/local/pom.xml); pass { root }.');
}

function pathsFor(opts: InfraOptions): Paths {
  const root = path.resolve(opts.root ?? findRoot());
  const local = path.join(root, '.local');
  const kafkaDir = path.join(local, 'kafka');
  const config = path.join(kafkaDir, 'config');
  const logs = path.join(kafkaDir, 'logs');
  const redisDir = path.join(local, 'redis');
  return {
    root,
    pom: path.join(root, 'deploy', 'local', 'pom.xml'),
    local,
    kafkaDir,
    libs: path.join(kafkaDir, 'libs'),
    libsStamp: path.join(kafkaDir, 'libs.stamp'),
    config,
    serverProps: path.join(config, 'server.properties'),
    log4j: path.join(config, 'log4j2.xml'),
    toolsLog4j: path.join(config, 'tools-log4j2.xml'),
    data: path.join(kafkaDir, 'data'),
    logs,
    serverLog: path.join(logs, 'server.log'),
    kafkaOut: path.join(logs, 'kafka.out'),
    kafkaPid: path.join(kafkaDir, 'kafka.pid'),
    redisDir,
    redisLog: path.join(redisDir, 'redis.log'),
    redisPid: path.join(redisDir, 'redis.pid'),
    startedFile: path.join(local, 'started.json'),
    lockFile: path.join(local, 'infra.lock'),
  };
}

interface Settings {
  brokers: string[];
  /** Set when KAFKA_BROKERS is a single loopback address, i.e. we may run the broker ourselves. */
  localKafka?: { host: string; port: number; controllerPort: number };
  pg: {
    host: string;
    port: number;
    user: string;
    password?: string;
    database: string;
    address: string;
    local: boolean;
  };
  redis: { url: string; host: string; port: number; address: string; local: boolean };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]', '0.0.0.0', '']);

function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase()) || host.startsWith('127.') || host.startsWith('/');
}

function splitHostPort(hostPort: string, defaultPort: number): { host: string; port: number } {
  const m = /^\[?([^\]]*?)\]?(?::(\d+))?$/.exec(hostPort.trim());
  if (!m) return { host: hostPort, port: defaultPort };
  return { host: m[1], port: m[2] ? Number(m[2]) : defaultPort };
}

function settingsFor(opts: InfraOptions): Settings {
  const env = opts.env ?? process.env;

  const brokers = (env.KAFKA_BROKERS || '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  let localKafka: Settings['localKafka'];
  if (brokers.length === 1) {
    const { host, port } = splitHostPort(brokers[0], 9092);
    if (isLoopback(host)) {
      const controllerPort = Number(env.KAFKA_CONTROLLER_PORT || (port === 9093 ? 9094 : 9093));
      localKafka = { host: '127.0.0.1', port, controllerPort };
    }
  }

  let pgHost = env.PGHOST || '127.0.0.1';
  let pgPort = Number(env.PGPORT || 5432);
  let pgUser = env.PGUSER || 'postgres';
  let pgPassword = env.PGPASSWORD || undefined;
  let pgDatabase = env.PGDATABASE || 'postgres';
  if (env.DATABASE_URL) {
    const u = new URL(env.DATABASE_URL);
    if (u.hostname) pgHost = u.hostname.replace(/^\[|\]$/g, '');
    if (u.port) pgPort = Number(u.port);
    if (u.username) pgUser = decodeURIComponent(u.username);
    if (u.password) pgPassword = decodeURIComponent(u.password);
    const db = decodeURIComponent(u.pathname.replace(/^\//, ''));
    if (db) pgDatabase = db;
    const hostParam = u.searchParams.get('host');
    if (hostParam) pgHost = hostParam;
  }

  const redisUrl = env.REDIS_URL || 'redis://127.0.0.1:6379';
  const ru = new URL(redisUrl);
  const redisHost = ru.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
  const redisPort = Number(ru.port || 6379);

  return {
    brokers,
    localKafka,
    pg: {
      host: pgHost,
      port: pgPort,
      user: pgUser,
      password: pgPassword,
      database: pgDatabase,
      address: pgHost.startsWith('/') ? `${pgHost} (socket, port ${pgPort})` : `${pgHost}:${pgPort}`,
      local: isLoopback(pgHost),
    },
    redis: {
      url: redisUrl,
      host: redisHost,
      port: redisPort,
      address: `${redisHost}:${redisPort}`,
      local: isLoopback(redisHost),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function line(name: string, up: boolean, address: string, note: string): string {
  return `${name.padEnd(10)} ${(up ? 'up' : 'down').padEnd(4)} ${address}${note ? ` (${note})` : ''}`;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function writeFileAtomic(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

function rel(p: Paths, file: string): string {
  return path.relative(p.root, file) || '.';
}

function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

function which(cmd: string): string | undefined {
  if (cmd.includes('/')) return fs.existsSync(cmd) ? cmd : undefined;
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, cmd);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

interface RunResult {
  code: number | null;
  output: string;
  error?: NodeJS.ErrnoException;
}

/** Runs a command to completion, capturing stdout+stderr together. Never throws. */
function run(cmd: string, args: string[], opts: { cwd?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    let output = '';
    let settled = false;
    const done = (r: RunResult): void => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    const child = spawn(cmd, args, { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer): void => {
      if (output.length < 1_000_000) output += chunk.toString('utf8');
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          child.kill('SIGKILL');
          output += `\n(timed out after ${Math.round((opts.timeoutMs ?? 0) / 1000)} s)`;
        }, opts.timeoutMs)
      : undefined;
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      done({ code: null, output: stripAnsi(output), error });
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      done({ code, output: stripAnsi(output) });
    });
  });
}

function lastLines(text: string, n: number): string {
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.slice(-n).join('\n');
}

/** Last `n` lines of a file ('' when missing). Reads at most the last 1 MiB. */
function tailFile(file: string, n: number): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    const len = Math.min(size, 1 << 20);
    const buf = Buffer.alloc(len);
    fs.readSync(fd, buf, 0, len, size - len);
    return lastLines(buf.toString('utf8'), n);
  } catch {
    return '';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

// ---------------------------------------------------------------------------------------------
// Processes
// ---------------------------------------------------------------------------------------------

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie (exited, not yet reaped by its parent) still accepts signal 0.
  const stat = readText(`/proc/${pid}/stat`);
  if (stat) {
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
  }
  return true;
}

/** True when `pid` is alive and (where /proc exists) its command line contains `marker`. */
function isProcess(pid: number, marker: string): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = readText(`/proc/${pid}/cmdline`);
  return cmdline === undefined ? true : cmdline.includes(marker);
}

function readPid(file: string): number | undefined {
  const n = Number((readText(file) || '').trim());
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function ourKafkaPid(p: Paths): number | undefined {
  const pid = readPid(p.kafkaPid);
  return pid !== undefined && isProcess(pid, 'kafka.Kafka') ? pid : undefined;
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 250): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(intervalMs);
  }
}

// ---------------------------------------------------------------------------------------------
// started.json and the lock
// ---------------------------------------------------------------------------------------------

interface StartedRecord {
  kafka?: { pid: number; brokers: string; controller: string; startedAt: string };
  postgres?: { version: string; cluster: string; startedAt: string };
  redis?: { host: string; port: number; pid?: number; startedAt: string };
}

function readStarted(p: Paths): StartedRecord {
  try {
    return JSON.parse(readText(p.startedFile) || '{}') as StartedRecord;
  } catch {
    return {};
  }
}

function updateStarted(p: Paths, change: (s: StartedRecord) => void): void {
  const s = readStarted(p);
  change(s);
  writeFileAtomic(p.startedFile, `${JSON.stringify(s, null, 2)}\n`);
}

async function withLock<T>(p: Paths, log: (l: string) => void, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(p.local, { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  const token = `${process.pid}\n${Date.now()}\n${randomBytes(6).toString('hex')}\n`;
  let announced = false;
  for (;;) {
    try {
      const fd = fs.openSync(p.lockFile, 'wx');
      fs.writeSync(fd, token);
      fs.closeSync(fd);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const content = readText(p.lockFile);
    if (content === undefined) continue; // released meanwhile
    const [pidText, sinceText] = content.split('\n');
    const holder = Number(pidText);
    const age = Date.now() - (Number(sinceText) || 0);
    let mtimeAge = 0;
    try {
      mtimeAge = Date.now() - fs.statSync(p.lockFile).mtimeMs;
    } catch {
      continue;
    }
    const stale =
      (Number.isInteger(holder) && holder > 0 && !isAlive(holder)) ||
      (!(holder > 0) && mtimeAge > 5_000) || // half-written by a process that died
      age > LOCK_STALE_MS;
    if (stale) {
      // Re-check the content so we don't delete a lock someone else just took over.
      if (readText(p.lockFile) === content) fs.rmSync(p.lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${rel(p, p.lockFile)} held by pid ${holder}; delete it if that process is gone.`);
    }
    if (!announced && holder !== process.pid) {
      log(`(waiting for another deploy/local run, pid ${holder})`);
      announced = true;
    }
    await sleep(200);
  }
  try {
    return await fn();
  } finally {
    if (readText(p.lockFile) === token) fs.rmSync(p.lockFile, { force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Health probes
// ---------------------------------------------------------------------------------------------

function portOpen(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const finish = (ok: boolean): void => {
      socket.removeAllListeners();
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((resolve) => {
      timer = setTimeout(() => resolve(fallback), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** True when the brokers answer the Kafka protocol (describeCluster + listTopics). */
async function kafkaAnswers(brokers: string[]): Promise<boolean> {
  const first = splitHostPort(brokers[0], 9092);
  if (brokers.length === 1 && !(await portOpen(first.host, first.port))) return false;
  const kafka = new Kafka({
    clientId: 'groundswell-infra',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1_000,
    requestTimeout: 3_000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin({ retry: { retries: 0 } });
  const probe = async (): Promise<boolean> => {
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (cluster.brokers.length === 0 || cluster.controller === null) return false;
      await admin.listTopics();
      return true;
    } catch {
      return false;
    }
  };
  try {
    return await withTimeout(probe(), 6_000, false);
  } finally {
    await withTimeout(admin.disconnect().catch(() => undefined), 2_000, undefined);
  }
}

interface ProbeResult {
  up: boolean;
  /** Set when the server answered but with an error worth showing (e.g. auth, missing database). */
  warning?: string;
  error?: string;
}

async function pgProbe(s: Settings): Promise<ProbeResult> {
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

async function redisProbe(s: Settings): Promise<ProbeResult> {
  if (!(await portOpen(s.redis.host, s.redis.port))) return { up: false, error: 'connection refused' };
  const client = createClient({ url: s.redis.url, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await withTimeout(client.connect(), 3_000, undefined);
    const pong = await withTimeout(client.ping(), 3_000, 'timeout');
    return pong === 'PONG' ? { up: true } : { up: false, error: `PING returned ${String(pong)}` };
  } catch (e) {
    const msg = (e as Error).message || String(e);
    // An error reply (NOAUTH, WRONGPASS, ...) still means a Redis server answered.
    if (/^(NOAUTH|WRONGPASS|ERR|LOADING|MISCONF)/.test(msg)) return { up: true, warning: `answers, but: ${msg}` };
    return { up: false, error: msg };
  } finally {
    try {
      client.destroy();
    } catch {
      // not connected
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Kafka
// ---------------------------------------------------------------------------------------------

function javaBin(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

async function checkJava(): Promise<void> {
  const r = await run(javaBin(), ['-version'], { timeoutMs: 30_000 });
  if (r.error) {
    throw new Error(
      'Java 17 or newer is needed to run Kafka and was not found; install it with `apt-get install openjdk-17-jre-headless` (or set JAVA_HOME).',
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.output);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major && major < 17) {
    throw new Error(`Kafka 4 needs Java 17 or newer but \`${javaBin()}\` is Java ${major}; install openjdk-17-jre-headless or set JAVA_HOME.`);
  }
}

/** Fetches the Kafka runtime jars with Maven once; reuses them while deploy/local/pom.xml is unchanged. */
async function ensureJars(p: Paths, log: (l: string) => void): Promise<void> {
  const pomHash = createHash('sha256').update(fs.readFileSync(p.pom)).digest('hex');
  const hasJars = (): boolean => {
    try {
      return fs.readdirSync(p.libs).some((f) => f.startsWith('kafka_2.13-'));
    } catch {
      return false;
    }
  };
  if ((readText(p.libsStamp) || '').trim() === pomHash && hasJars()) return;
  if (!which('mvn')) {
    throw new Error(
      'Maven (mvn) is needed once to fetch the Kafka jars from Maven Central and was not found; install it with `apt-get install maven`.',
    );
  }
  log('kafka      fetching Kafka jars with Maven (first run only)...');
  fs.rmSync(p.libs, { recursive: true, force: true });
  fs.rmSync(p.libsStamp, { force: true });
  fs.mkdirSync(p.libs, { recursive: true });
  const r = await run(
    'mvn',
    ['-q', '-B', '-f', p.pom, 'dependency:copy-dependencies', `-DoutputDirectory=${p.libs}`],
    { cwd: p.root, timeoutMs: 10 * 60_000 },
  );
  if (r.code !== 0 || !hasJars()) {
    throw new Error(`Maven could not fetch the Kafka jars (exit ${r.code}):\n${lastLines(r.output, 30)}`);
  }
  fs.writeFileSync(p.libsStamp, `${pomHash}\n`);
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function propPath(s: string): string {
  return s.replace(/\\/g, '/');
}

function writeKafkaConfig(p: Paths, k: NonNullable<Settings['localKafka']>): void {
  fs.mkdirSync(p.config, { recursive: true });
  fs.mkdirSync(p.logs, { recursive: true });
  fs.mkdirSync(p.data, { recursive: true });
  const props = [
    '# Generated by deploy/local/infra-lib.ts on every start; edit that file, not this one.',
    '# KRaft, one combined broker + controller node on loopback.',
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.bootstrap.servers=${k.host}:${k.controllerPort}`,
    `listeners=PLAINTEXT://${k.host}:${k.port},CONTROLLER://${k.host}:${k.controllerPort}`,
    `advertised.listeners=PLAINTEXT://${k.host}:${k.port},CONTROLLER://${k.host}:${k.controllerPort}`,
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    `log.dirs=${propPath(p.data)}`,
    'num.partitions=3',
    'default.replication.factor=1',
    'min.insync.replicas=1',
    'auto.create.topics.enable=true',
    'delete.topic.enable=true',
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    'log.retention.hours=168',
    'num.network.threads=3',
    'num.io.threads=8',
    '',
  ].join('\n');
  writeFileAtomic(p.serverProps, props);

  const pattern = '[%d] %p %m (%c)%n';
  writeFileAtomic(
    p.log4j,
    `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by deploy/local/infra-lib.ts. Console (kafka.out) gets errors only; everything else goes to server.log.
     shutdownHook="disable": Kafka runs its own shutdown hook; log4j's would only warn during JVM exit. -->
<Configuration status="WARN" shutdownHook="disable">
  <Appenders>
    <Console name="STDOUT" target="SYSTEM_OUT">
      <PatternLayout pattern="${pattern}"/>
    </Console>
    <RollingFile name="ServerFile" fileName="${xmlEscape(p.serverLog)}" filePattern="${xmlEscape(p.serverLog)}.%i">
      <PatternLayout pattern="${pattern}"/>
      <Policies>
        <SizeBasedTriggeringPolicy size="50 MB"/>
      </Policies>
      <DefaultRolloverStrategy max="3"/>
    </RollingFile>
  </Appenders>
  <Loggers>
    <Root level="INFO">
      <AppenderRef ref="STDOUT" level="ERROR"/>
      <AppenderRef ref="ServerFile"/>
    </Root>
    <Logger name="state.change.logger" level="WARN"/>
    <Logger name="kafka.request.logger" level="WARN"/>
    <Logger name="kafka.authorizer.logger" level="WARN"/>
  </Loggers>
</Configuration>
`,
  );
  writeFileAtomic(
    p.toolsLog4j,
    `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by deploy/local/infra-lib.ts for kafka.tools.StorageTool. -->
<Configuration status="WARN">
  <Appenders>
    <Console name="STDERR" target="SYSTEM_ERR">
      <PatternLayout pattern="${pattern}"/>
    </Console>
  </Appenders>
  <Loggers>
    <Root level="WARN"><AppenderRef ref="STDERR"/></Root>
  </Loggers>
</Configuration>
`,
  );
}

function newClusterId(): string {
  // Kafka's Uuid.randomUuid(): 16 random bytes, base64url without padding, never starting with '-'.
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/** Formats the KRaft storage unless already formatted. Returns true when it formatted. */
async function formatStorageIfNeeded(p: Paths, log: (l: string) => void): Promise<boolean> {
  if (fs.existsSync(path.join(p.data, 'meta.properties'))) return false;
  const clusterId = newClusterId();
  log(`kafka      formatting storage in ${rel(p, p.data)} (cluster id ${clusterId})`);
  const r = await run(
    javaBin(),
    [
      `-Dlog4j2.configurationFile=${p.toolsLog4j}`,
      '-cp',
      path.join(p.libs, '*'),
      'kafka.tools.StorageTool',
      'format',
      '--cluster-id',
      clusterId,
      '--config',
      p.serverProps,
      '--standalone',
    ],
    { cwd: p.kafkaDir, timeoutMs: 120_000 },
  );
  if (r.code !== 0) {
    throw new Error(`Formatting Kafka storage failed (exit ${r.code}):\n${lastLines(r.output, 30)}`);
  }
  return true;
}

/**
 * On a brand-new cluster, __consumer_offsets and __transaction_state are created by the first
 * FindCoordinator requests, and clients log "coordinator is not available / loading" errors (then
 * retry) until they are loaded. Trigger that here so the first consumer group or producer of the
 * app or a test starts cleanly. Best effort; only run when those topics do not exist yet.
 */
function needsWarmUp(p: Paths): boolean {
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(p.data);
  } catch {
    // unreadable: try anyway
  }
  return !['__consumer_offsets-', '__transaction_state-'].every((prefix) => entries.some((e) => e.startsWith(prefix)));
}

async function warmUpCoordinators(brokers: string[]): Promise<void> {
  const kafka = new Kafka({ clientId: 'groundswell-infra', brokers, logLevel: logLevel.NOTHING, retry: { retries: 8, initialRetryTime: 200 } });
  const admin = kafka.admin();
  const producer = kafka.producer({ transactionalId: 'groundswell-infra-warmup', idempotent: true, maxInFlightRequests: 1 });
  try {
    await withTimeout(
      Promise.all([
        admin.connect().then(() => admin.describeGroups(['groundswell-infra-warmup'])),
        producer.connect().then(async () => {
          const tx = await producer.transaction(); // FindCoordinator(TRANSACTION) + InitProducerId
          await tx.abort();
        }),
      ]).catch(() => undefined),
      30_000,
      undefined,
    );
  } finally {
    await withTimeout(Promise.all([admin.disconnect(), producer.disconnect()]).catch(() => undefined), 3_000, undefined);
  }
}

function kafkaLogTail(p: Paths, n = 25): string {
  const parts: string[] = [];
  const server = tailFile(p.serverLog, n);
  if (server) parts.push(`--- last lines of ${rel(p, p.serverLog)} ---\n${server}`);
  const out = tailFile(p.kafkaOut, n);
  if (out) parts.push(`--- last lines of ${rel(p, p.kafkaOut)} ---\n${out}`);
  return parts.length ? parts.join('\n') : `(no log output in ${rel(p, p.logs)})`;
}

function spawnKafka(p: Paths, k: NonNullable<Settings['localKafka']>): number {
  fs.mkdirSync(p.logs, { recursive: true });
  const heap = (process.env.KAFKA_HEAP_OPTS || DEFAULT_HEAP).split(/\s+/).filter(Boolean);
  const out = fs.openSync(p.kafkaOut, 'a');
  fs.writeSync(out, `\n=== ${new Date().toISOString()} starting kafka.Kafka ===\n`);
  let child;
  try {
    child = spawn(
      javaBin(),
      [
        ...heap,
        '-server',
        '-XX:+UseG1GC',
        '-XX:MaxGCPauseMillis=20',
        '-XX:InitiatingHeapOccupancyPercent=35',
        '-XX:+ExplicitGCInvokesConcurrent',
        '-Djava.awt.headless=true',
        `-Dkafka.logs.dir=${p.logs}`,
        `-Dlog4j2.configurationFile=${p.log4j}`,
        '-cp',
        path.join(p.libs, '*'),
        'kafka.Kafka',
        p.serverProps,
      ],
      { cwd: p.kafkaDir, detached: true, stdio: ['ignore', out, out] },
    );
  } finally {
    fs.closeSync(out);
  }
  child.on('error', () => undefined); // surfaced through the liveness check in waitForKafka
  child.unref();
  const pid = child.pid;
  if (!pid) throw new Error(`Could not start ${javaBin()} for Kafka.`);
  fs.writeFileSync(p.kafkaPid, `${pid}\n`);
  updateStarted(p, (s) => {
    s.kafka = { pid, brokers: `${k.host}:${k.port}`, controller: `${k.host}:${k.controllerPort}`, startedAt: new Date().toISOString() };
  });
  return pid;
}

async function waitForKafka(p: Paths, s: Settings, pid: number | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (pid !== undefined && !isAlive(pid)) {
      fs.rmSync(p.kafkaPid, { force: true });
      updateStarted(p, (st) => {
        delete st.kafka;
      });
      throw new Error(`Kafka (pid ${pid}) exited during startup.\n${kafkaLogTail(p)}`);
    }
    if (await kafkaAnswers(s.brokers)) return;
    if (Date.now() >= deadline) {
      throw new Error(
        `Kafka did not answer on ${s.brokers.join(',')} within ${Math.round(timeoutMs / 1000)} s` +
          `${pid ? ` (pid ${pid} is still running; \`node deploy/local/infra.ts down\` stops it)` : ''}.\n${kafkaLogTail(p)}`,
      );
    }
    await sleep(500);
  }
}

async function startKafkaLocked(p: Paths, s: Settings, log: (l: string) => void): Promise<KafkaHandle> {
  if (await kafkaAnswers(s.brokers)) return { brokers: s.brokers, started: false, pid: ourKafkaPid(p) };
  const k = s.localKafka;
  if (!k) {
    throw new Error(
      `Kafka at ${s.brokers.join(',')} does not answer, and KAFKA_BROKERS does not point at a single loopback address, so deploy/local will not start one; unset KAFKA_BROKERS to use a local broker.`,
    );
  }
  const running = ourKafkaPid(p);
  if (running) {
    const runningAt = readStarted(p).kafka?.brokers;
    if (runningAt && runningAt !== `${k.host}:${k.port}`) {
      throw new Error(
        `deploy/local's Kafka (pid ${running}) listens on ${runningAt}, not ${k.host}:${k.port} from KAFKA_BROKERS; run \`node deploy/local/infra.ts down\` first to move it.`,
      );
    }
    // Ours, but still starting (or hung): wait for it rather than starting a second one.
    await waitForKafka(p, s, running, KAFKA_START_TIMEOUT_MS);
    return { brokers: s.brokers, started: false, pid: running };
  }
  for (const port of [k.port, k.controllerPort]) {
    if (await portOpen(k.host, port)) {
      throw new Error(
        `Something other than deploy/local's Kafka listens on ${k.host}:${port} and does not answer as Kafka; stop it, or set KAFKA_BROKERS (and KAFKA_CONTROLLER_PORT) to free ports.`,
      );
    }
  }
  await checkJava();
  await ensureJars(p, log);
  writeKafkaConfig(p, k);
  await formatStorageIfNeeded(p, log);
  const pid = spawnKafka(p, k);
  await waitForKafka(p, s, pid, KAFKA_START_TIMEOUT_MS);
  if (needsWarmUp(p)) await warmUpCoordinators(s.brokers);
  return { brokers: s.brokers, started: true, pid };
}

async function stopKafkaLocked(p: Paths, s: Settings): Promise<KafkaStopResult> {
  const pid = ourKafkaPid(p);
  if (!pid) {
    fs.rmSync(p.kafkaPid, { force: true });
    updateStarted(p, (st) => {
      delete st.kafka;
    });
    return { stopped: false };
  }
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
  if (!(await waitFor(() => !isAlive(pid), KAFKA_STOP_GRACE_MS, 200))) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await waitFor(() => !isAlive(pid), 10_000, 100);
  }
  const rec = readStarted(p).kafka;
  const endpoints = rec
    ? [splitHostPort(rec.brokers, 9092), splitHostPort(rec.controller ?? '', 9093)]
    : s.localKafka
      ? [{ host: s.localKafka.host, port: s.localKafka.port }, { host: s.localKafka.host, port: s.localKafka.controllerPort }]
      : [];
  await waitFor(async () => {
    for (const e of endpoints) if (await portOpen(e.host || '127.0.0.1', e.port, 300)) return false;
    return true;
  }, 10_000, 200);
  fs.rmSync(p.kafkaPid, { force: true });
  updateStarted(p, (st) => {
    delete st.kafka;
  });
  return { stopped: true, pid };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL and Redis
// ---------------------------------------------------------------------------------------------

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

async function ensurePostgres(p: Paths, s: Settings): Promise<ServiceStatus> {
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

async function ensureRedis(p: Paths, s: Settings): Promise<ServiceStatus> {
  const base = { name: 'redis' as const, address: s.redis.address };
  const probe = await redisProbe(s);
  const rec = readStarted(p).redis;
  if (probe.up) {
    const pid = rec ? readPid(p.redisPid) : undefined;
    return {
      ...base,
      up: true,
      ours: Boolean(rec),
      pid,
      note: `already running${pid ? `, pid ${pid}` : ''}${probe.warning ? `; ${probe.warning}` : ''}`,
    };
  }
  if (!s.redis.local) {
    throw new Error(`Redis at ${s.redis.address} does not answer (${probe.error}), and it is not on this machine, so deploy/local cannot start it.`);
  }
  if (await portOpen(s.redis.host, s.redis.port)) {
    throw new Error(`Something listens on ${s.redis.address} but does not answer Redis PING (${probe.error}); stop it or set REDIS_URL.`);
  }
  if (!which('redis-server')) {
    throw new Error(
      `Redis does not answer on ${s.redis.address} and redis-server is not installed here; install it with \`apt-get install redis-server\` (or point REDIS_URL at a running server).`,
    );
  }
  fs.mkdirSync(p.redisDir, { recursive: true });
  const bind = s.redis.host === 'localhost' ? '127.0.0.1' : s.redis.host;
  const r = await run(
    'redis-server',
    [
      '--daemonize', 'yes',
      '--bind', bind,
      '--port', String(s.redis.port),
      '--save', '',
      '--appendonly', 'no',
      '--dir', p.redisDir,
      '--logfile', p.redisLog,
      '--pidfile', p.redisPid,
    ],
    { timeoutMs: 30_000 },
  );
  if (r.code !== 0) throw new Error(`redis-server failed to start (exit ${r.code}): ${r.output.trim()}`);
  let last: ProbeResult = probe;
  const ok = await waitFor(async () => (last = await redisProbe(s)).up, REDIS_START_TIMEOUT_MS, 250);
  const pid = readPid(p.redisPid);
  updateStarted(p, (st) => {
    st.redis = { host: bind, port: s.redis.port, pid, startedAt: new Date().toISOString() };
  });
  if (!ok) {
    throw new Error(`redis-server started but does not answer on ${s.redis.address} (${last.error}).\n${tailFile(p.redisLog, 20)}`);
  }
  return { ...base, up: true, ours: true, pid, note: `started${pid ? `, pid ${pid}` : ''}` };
}

async function stopRedis(p: Paths, rec: NonNullable<StartedRecord['redis']>): Promise<string> {
  const pid = readPid(p.redisPid) ?? rec.pid;
  let stopped = false;
  if (which('redis-cli')) {
    const r = await run('redis-cli', ['-h', rec.host, '-p', String(rec.port), 'shutdown', 'nosave'], { timeoutMs: 15_000 });
    stopped = r.code === 0;
  }
  if (pid && isProcess(pid, 'redis-server')) {
    if (!stopped) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // gone
      }
    }
    if (!(await waitFor(() => !isAlive(pid), 10_000, 100))) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  }
  await waitFor(async () => !(await portOpen(rec.host, rec.port, 300)), 5_000, 200);
  fs.rmSync(p.redisPid, { force: true });
  return `stopped${pid ? `, pid ${pid}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

class InfraError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InfraError';
  }
}

/**
 * Makes sure Kafka, PostgreSQL and Redis answer, starting whatever is missing. Idempotent; safe to
 * call concurrently from several processes. Prints one line per server. Throws (after printing the
 * lines) if any server could not be made available.
 */
export async function up(opts: InfraOptions = {}): Promise<ServiceStatus[]> {
  const p = pathsFor(opts);
  const s = settingsFor(opts);
  const log = opts.log ?? console.log;
  return withLock(p, log, async () => {
    const kafkaTask = startKafkaLocked(p, s, log).then((h): ServiceStatus => {
      const ours = h.pid !== undefined;
      const note = h.started ? `started, pid ${h.pid}` : `already running${ours ? `, pid ${h.pid}` : ''}`;
      return { name: 'kafka', up: true, address: s.brokers.join(','), ours, pid: h.pid, note };
    });
    const settled = await Promise.allSettled([kafkaTask, ensurePostgres(p, s), ensureRedis(p, s)]);
    const names: ServiceName[] = ['kafka', 'postgres', 'redis'];
    const addresses = [s.brokers.join(','), s.pg.address, s.redis.address];
    const results: ServiceStatus[] = [];
    const errors: string[] = [];
    settled.forEach((r, i) => {
      if (r.status === 'fulfilled') {
        results.push(r.value);
      } else {
        const msg = r.reason instanceof Error ? r.reason.message : String(r.reason);
        errors.push(msg);
        results.push({ name: names[i], up: false, address: addresses[i], ours: false, note: 'failed, see below' });
      }
    });
    for (const r of results) log(line(r.name, r.up, r.address, r.note));
    if (errors.length) throw new InfraError(errors.join('\n\n'));
    return results;
  });
}

/** Stops only what `up` (or `startKafka`) started; leaves servers that were already running alone. */
export async function down(opts: InfraOptions = {}): Promise<ServiceStatus[]> {
  const p = pathsFor(opts);
  const s = settingsFor(opts);
  const log = opts.log ?? console.log;
  return withLock(p, log, async () => {
    const results: ServiceStatus[] = [];
    const started = readStarted(p);

    // Kafka
    const kafkaAddr = s.brokers.join(',');
    if (ourKafkaPid(p) || started.kafka) {
      const r = await stopKafkaLocked(p, s);
      results.push({ name: 'kafka', up: false, address: kafkaAddr, ours: true, pid: r.pid, note: r.stopped ? `stopped, pid ${r.pid}` : 'was not running' });
    } else {
      const upNow = await kafkaAnswers(s.brokers);
      results.push({ name: 'kafka', up: upNow, address: kafkaAddr, ours: false, note: upNow ? 'not started by deploy/local; left running' : 'not running' });
    }

    // PostgreSQL
    if (started.postgres) {
      const { version, cluster } = started.postgres;
      const r = await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, cluster, 'stop'], { timeoutMs: 120_000 });
      if (r.code !== 0 && (await pgProbe(s)).up) {
        throw new InfraError(`\`pg_ctlcluster ${version} ${cluster} stop\` failed (exit ${r.code}): ${r.output.trim()}`);
      }
      updateStarted(p, (st) => {
        delete st.postgres;
      });
      results.push({ name: 'postgres', up: false, address: s.pg.address, ours: true, note: `stopped cluster ${version}/${cluster}` });
    } else {
      const upNow = (await pgProbe(s)).up;
      results.push({ name: 'postgres', up: upNow, address: s.pg.address, ours: false, note: upNow ? 'not started by deploy/local; left running' : 'not running' });
    }

    // Redis
    if (started.redis) {
      const note = await stopRedis(p, started.redis);
      updateStarted(p, (st) => {
        delete st.redis;
      });
      results.push({ name: 'redis', up: false, address: s.redis.address, ours: true, note });
    } else {
      const upNow = (await redisProbe(s)).up;
      results.push({ name: 'redis', up: upNow, address: s.redis.address, ours: false, note: upNow ? 'not started by deploy/local; left running' : 'not running' });
    }

    for (const r of results) log(line(r.name, r.up, r.address, r.note));
    return results;
  });
}

/** Reports whether each server answers, and whether deploy/local started it. */
export async function status(opts: InfraOptions = {}): Promise<ServiceStatus[]> {
  const p = pathsFor(opts);
  const s = settingsFor(opts);
  const log = opts.log ?? console.log;
  const started = readStarted(p);
  const [kafkaUp, pg, redis] = await Promise.all([kafkaAnswers(s.brokers), pgProbe(s), redisProbe(s)]);

  const kpid = ourKafkaPid(p);
  const kafkaNote = kpid
    ? kafkaUp
      ? `ours, pid ${kpid}`
      : `ours, pid ${kpid}, not answering yet`
    : kafkaUp
      ? 'not started by deploy/local'
      : fs.existsSync(path.join(p.data, 'meta.properties'))
        ? 'stopped; storage formatted'
        : 'stopped';
  const rpid = started.redis ? readPid(p.redisPid) : undefined;
  const results: ServiceStatus[] = [
    { name: 'kafka', up: kafkaUp, address: s.brokers.join(','), ours: Boolean(kpid), pid: kpid, note: kafkaNote },
    {
      name: 'postgres',
      up: pg.up,
      address: s.pg.address,
      ours: Boolean(started.postgres),
      note: [started.postgres ? `ours, cluster ${started.postgres.version}/main` : pg.up ? 'not started by deploy/local' : 'not running', pg.warning ?? '']
        .filter(Boolean)
        .join('; '),
    },
    {
      name: 'redis',
      up: redis.up,
      address: s.redis.address,
      ours: Boolean(started.redis),
      pid: rpid,
      note: [started.redis ? `ours${rpid ? `, pid ${rpid}` : ''}` : redis.up ? 'not started by deploy/local' : 'not running', redis.warning ?? '']
        .filter(Boolean)
        .join('; '),
    },
  ];
  for (const r of results) log(line(r.name, r.up, r.address, r.note));
  return results;
}

/**
 * Prints the last `lines` (default 100) lines of the Kafka server log, and of the Redis log when
 * deploy/local started Redis. With `follow`, keeps printing appended lines until `signal` aborts.
 */
export async function logs(opts: LogsOptions = {}): Promise<void> {
  const p = pathsFor(opts);
  const write = opts.log ?? ((l: string) => process.stdout.write(`${l}\n`));
  const files = [p.serverLog];
  if (readStarted(p).redis && fs.existsSync(p.redisLog)) files.push(p.redisLog);
  const n = opts.lines ?? 100;
  for (const f of files) {
    if (files.length > 1) write(`${f === files[0] ? '' : '\n'}==> ${rel(p, f)} <==`);
    if (!fs.existsSync(f)) {
      write(`(no ${rel(p, f)} yet; run \`node deploy/local/infra.ts up\`)`);
      continue;
    }
    const text = tailFile(f, n);
    if (text) write(text);
  }
  if (!opts.follow) return;

  const pos = new Map<string, number>();
  for (const f of files) pos.set(f, fs.existsSync(f) ? fs.statSync(f).size : 0);
  let lastShown = files[files.length - 1];
  const partial = new Map<string, string>();
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      for (const f of files) {
        let size: number;
        try {
          size = fs.statSync(f).size;
        } catch {
          continue;
        }
        let from = pos.get(f) ?? 0;
        if (size < from) from = 0; // rotated or truncated
        if (size === from) continue;
        const fd = fs.openSync(f, 'r');
        const buf = Buffer.alloc(size - from);
        fs.readSync(fd, buf, 0, buf.length, from);
        fs.closeSync(fd);
        pos.set(f, size);
        const text = (partial.get(f) ?? '') + buf.toString('utf8');
        const cut = text.lastIndexOf('\n');
        partial.set(f, text.slice(cut + 1));
        if (cut < 0) continue;
        if (files.length > 1 && lastShown !== f) {
          write(`\n==> ${rel(p, f)} <==`);
          lastShown = f;
        }
        write(text.slice(0, cut));
      }
    }, 500);
    opts.signal?.addEventListener('abort', () => {
      clearInterval(timer);
      resolve();
    });
  });
}

/**
 * Starts the local Kafka broker if nothing answers at KAFKA_BROKERS, re-using fetched jars and
 * formatted storage, and resolves once it answers. Resolves immediately when a broker already answers.
 */
export async function startKafka(opts: InfraOptions = {}): Promise<KafkaHandle> {
  const p = pathsFor(opts);
  const s = settingsFor(opts);
  const log = opts.log ?? (() => undefined);
  return withLock(p, log, () => startKafkaLocked(p, s, log));
}

/**
 * Stops the Kafka broker deploy/local runs (SIGTERM, SIGKILL after 30 s) and resolves once the
 * process has exited and its ports are closed. Throws if Kafka answers but was not started by
 * deploy/local (it cannot be stopped from here, so an outage cannot be simulated).
 */
export async function stopKafka(opts: InfraOptions = {}): Promise<KafkaStopResult> {
  const p = pathsFor(opts);
  const s = settingsFor(opts);
  const log = opts.log ?? (() => undefined);
  return withLock(p, log, async () => {
    if (!ourKafkaPid(p) && (await kafkaAnswers(s.brokers))) {
      throw new InfraError(`Kafka at ${s.brokers.join(',')} was not started by deploy/local, so stopKafka() cannot stop it.`);
    }
    return stopKafkaLocked(p, s);
  });
}

/** True when a Kafka broker answers at KAFKA_BROKERS (ours or not). */
export async function kafkaRunning(opts: InfraOptions = {}): Promise<boolean> {
  return kafkaAnswers(settingsFor(opts).brokers);
}

// ---------------------------------------------------------------------------------------------
// CLI (called by deploy/local/infra.ts)
// ---------------------------------------------------------------------------------------------

const USAGE = `usage: node deploy/local/infra.ts <command>

  up            start Kafka, PostgreSQL and Redis unless they already answer (idempotent)
  down          stop what \`up\` started; leave everything else running
  status        one line per server
  logs [-f] [-n N]
                last N (100) lines of the Kafka server log (and Redis log if ours); -f follows

Environment: KAFKA_BROKERS (127.0.0.1:9092), DATABASE_URL or PGHOST/PGPORT/PGUSER/PGPASSWORD
(127.0.0.1:5432, postgres), REDIS_URL (redis://127.0.0.1:6379), KAFKA_HEAP_OPTS, JAVA_HOME.`;

/** Runs the CLI; returns the process exit code. */
export async function main(argv: string[], opts: InfraOptions = {}): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'up':
        await up(opts);
        return 0;
      case 'down':
        await down(opts);
        return 0;
      case 'status':
        await status(opts);
        return 0;
      case 'logs': {
        const follow = rest.includes('-f') || rest.includes('--follow');
        const nIdx = rest.findIndex((a) => a === '-n' || a === '--lines');
        const lines = nIdx >= 0 ? Number(rest[nIdx + 1]) || 100 : 100;
        const ac = new AbortController();
        if (follow) {
          process.once('SIGINT', () => ac.abort());
          process.once('SIGTERM', () => ac.abort());
        }
        await logs({ ...opts, lines, follow, signal: ac.signal });
        return 0;
      }
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        console.log(USAGE);
        return cmd === undefined ? 2 : 0;
      default:
        console.error(`unknown command: ${cmd}\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}
