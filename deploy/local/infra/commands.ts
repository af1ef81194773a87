// The commands: bring the servers up, take down what deploy/local started, report on them, and
// start or stop the broker alone (integration tests simulate an outage with it).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { kafkaAnswers } from './kafka-client.ts';
import { ourKafkaPid, startKafkaLocked, stopKafkaLocked, type KafkaHandle, type KafkaStopResult } from './kafka.ts';
import { pathsFor } from './paths.ts';
import { ensurePostgres, pgProbe, stopPostgres } from './postgres.ts';
import { readPid } from './processes.ts';
import { ensureRedis, redisProbe, stopRedis } from './redis.ts';
import { settingsFor } from './settings.ts';
import { readStarted, updateStarted, withLock } from './state.ts';
import { InfraError, statusLine, type InfraOptions, type ServiceName, type ServiceStatus } from './types.ts';

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
    for (const r of results) log(statusLine(r));
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
      const note = await stopPostgres(p, s, started.postgres);
      results.push({ name: 'postgres', up: false, address: s.pg.address, ours: true, note });
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

    for (const r of results) log(statusLine(r));
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
  for (const r of results) log(statusLine(r));
  return results;
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
