// Where deploy/local keeps everything it creates: <repo>/.local/ (git-ignored).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InfraOptions } from './types.ts';

export interface Paths {
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
  // CommonJS (jest + SWC): __dirname is deploy/local/infra. Under Node's ESM loader it is undefined.
  if (typeof __dirname === 'string' && fs.existsSync(path.join(__dirname, '..', 'pom.xml'))) {
    return path.resolve(__dirname, '..', '..', '..');
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

export function pathsFor(opts: InfraOptions): Paths {
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

export function rel(p: Paths, file: string): string {
  return path.relative(p.root, file) || '.';
}
