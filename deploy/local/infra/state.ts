// .local/started.json (what `up` started, so `down` stops only that) and .local/infra.lock (one
// deploy/local run at a time across processes, e.g. two jest workers calling `up`).
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { readText, writeFileAtomic } from './files.ts';
import { rel, type Paths } from './paths.ts';
import { isAlive, sleep } from './processes.ts';

const LOCK_TIMEOUT_MS = 15 * 60_000; // the very first `up` downloads the Kafka jars
const LOCK_STALE_MS = 20 * 60_000;

export interface StartedRecord {
  kafka?: { pid: number; brokers: string; controller: string; startedAt: string };
  postgres?: { version: string; cluster: string; startedAt: string };
  redis?: { host: string; port: number; pid?: number; startedAt: string };
}

export function readStarted(p: Paths): StartedRecord {
  try {
    return JSON.parse(readText(p.startedFile) || '{}') as StartedRecord;
  } catch {
    return {};
  }
}

export function updateStarted(p: Paths, change: (s: StartedRecord) => void): void {
  const s = readStarted(p);
  change(s);
  writeFileAtomic(p.startedFile, `${JSON.stringify(s, null, 2)}\n`);
}

export async function withLock<T>(p: Paths, log: (l: string) => void, fn: () => Promise<T>): Promise<T> {
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
