// Where the servers are, read from the environment (KAFKA_BROKERS, DATABASE_URL / PG*, REDIS_URL).
import type { InfraOptions } from './types.ts';

export interface Settings {
  brokers: string[];
  /** Set when KAFKA_BROKERS is a single loopback address, i.e. we may run the broker ourselves. */
  localKafka?: { host: string; port: number; controllerPort: number; partnerPort: number };
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

export function splitHostPort(hostPort: string, defaultPort: number): { host: string; port: number } {
  const m = /^\[?([^\]]*?)\]?(?::(\d+))?$/.exec(hostPort.trim());
  if (!m) return { host: hostPort, port: defaultPort };
  return { host: m[1], port: m[2] ? Number(m[2]) : defaultPort };
}

export function settingsFor(opts: InfraOptions): Settings {
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
      // The SASL/SCRAM listener partners connect to (ADR 0016); services stay on the plain one.
      const partnerDefault = port + 2 === controllerPort ? port + 3 : port + 2;
      const partnerPort = Number(env.KAFKA_PARTNER_PORT || partnerDefault);
      localKafka = { host: '127.0.0.1', port, controllerPort, partnerPort };
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
