// `infra logs`: the Kafka server log (and Redis's when deploy/local runs it), optionally followed.
import * as fs from 'node:fs';
import { tailFile } from './files.ts';
import { pathsFor, rel } from './paths.ts';
import { readStarted } from './state.ts';
import type { LogsOptions } from './types.ts';

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
