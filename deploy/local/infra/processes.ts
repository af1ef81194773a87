// Child processes: finding, running, watching and waiting for them.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readText } from './files.ts';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

export function which(cmd: string): string | undefined {
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

export interface RunResult {
  code: number | null;
  output: string;
  error?: NodeJS.ErrnoException;
}

/** Runs a command to completion, capturing stdout+stderr together. Never throws. */
export function run(cmd: string, args: string[], opts: { cwd?: string; timeoutMs?: number } = {}): Promise<RunResult> {
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

export function isAlive(pid: number): boolean {
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
export function isProcess(pid: number, marker: string): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = readText(`/proc/${pid}/cmdline`);
  return cmdline === undefined ? true : cmdline.includes(marker);
}

export function readPid(file: string): number | undefined {
  const n = Number((readText(file) || '').trim());
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 250): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(intervalMs);
  }
}
