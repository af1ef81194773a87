// Redis: probe it, and run redis-server under .local/redis/ when it is installed but not running.
import * as fs from 'node:fs';
import { createClient } from 'redis';
import { tailFile } from './files.ts';
import type { Paths } from './paths.ts';
import { portOpen, withTimeout, type ProbeResult } from './probes.ts';
import { isAlive, isProcess, readPid, run, waitFor, which } from './processes.ts';
import type { Settings } from './settings.ts';
import { readStarted, updateStarted, type StartedRecord } from './state.ts';
import type { ServiceStatus } from './types.ts';

const REDIS_START_TIMEOUT_MS = 15_000;

export async function redisProbe(s: Settings): Promise<ProbeResult> {
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

export async function ensureRedis(p: Paths, s: Settings): Promise<ServiceStatus> {
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

export async function stopRedis(p: Paths, rec: NonNullable<StartedRecord['redis']>): Promise<string> {
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
