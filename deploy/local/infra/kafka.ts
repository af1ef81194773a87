// The local Kafka broker (KRaft, one combined broker/controller node): start, wait, stop.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tailFile } from './files.ts';
import { kafkaAnswers, needsWarmUp, warmUpCoordinators } from './kafka-client.ts';
import { formatStorageIfNeeded, writeKafkaConfig } from './kafka-config.ts';
import { checkJava, ensureJars, javaBin } from './maven-jars.ts';
import { portOpen } from './probes.ts';
import { rel, type Paths } from './paths.ts';
import { isAlive, isProcess, readPid, sleep, waitFor } from './processes.ts';
import { splitHostPort, type Settings } from './settings.ts';
import { readStarted, updateStarted } from './state.ts';

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

const KAFKA_START_TIMEOUT_MS = 90_000;
const KAFKA_STOP_GRACE_MS = 30_000;
const DEFAULT_HEAP = '-Xmx512m -Xms256m';

export function ourKafkaPid(p: Paths): number | undefined {
  const pid = readPid(p.kafkaPid);
  return pid !== undefined && isProcess(pid, 'kafka.Kafka') ? pid : undefined;
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

export async function startKafkaLocked(p: Paths, s: Settings, log: (l: string) => void): Promise<KafkaHandle> {
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
  for (const port of [k.port, k.controllerPort, k.partnerPort]) {
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

export async function stopKafkaLocked(p: Paths, s: Settings): Promise<KafkaStopResult> {
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
