// What callers of deploy/local pass in and get back.

export interface InfraOptions {
  /** Repository root (where `.local/` lives). Default: the repository holding deploy/local. */
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

/** A server could not be made available (or stopped); the message says which and why. */
export class InfraError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InfraError';
  }
}

/** One line of `up`/`down`/`status` output per server. */
export function statusLine({ name, up, address, note }: ServiceStatus): string {
  return `${name.padEnd(10)} ${(up ? 'up' : 'down').padEnd(4)} ${address}${note ? ` (${note})` : ''}`;
}
