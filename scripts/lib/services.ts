// Erasable TypeScript only: run by Node directly (npm start) and imported by the e2e test setup.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { databaseName, services as registeredServices, subgraphs, type ServiceName } from '../../libs/service-kit/src/registry/service-registry.ts';

export type { ServiceName };
/** The service registry's start order: the gateway last. */
export const serviceOrder: readonly ServiceName[] = registeredServices.map((service) => service.name);

export interface RunningService {
  name: ServiceName;
  port: number;
  process: ChildProcess;
}

export interface StartOptions {
  /** Added to every default port, so a test platform can run beside a developer's. */
  portOffset?: number;
  /** Databases are named `<databasePrefix>_<service>`. */
  databasePrefix?: string;
  env?: Record<string, string>;
  onLine?: (service: ServiceName, line: string) => void;
  /** Starts only these (default: every service). */
  only?: readonly ServiceName[];
}

export function portsFor(portOffset = 0): Record<ServiceName, number> {
  return Object.fromEntries(registeredServices.map(({ name, port }) => [name, port + portOffset])) as Record<ServiceName, number>;
}

function serviceEnv(name: ServiceName, options: StartOptions): Record<string, string> {
  const ports = portsFor(options.portOffset);
  const subgraphUrls = Object.fromEntries(
    subgraphs.map(({ name: subgraph }) => [`SUBGRAPH_URL_${subgraph.toUpperCase()}`, `http://127.0.0.1:${ports[subgraph]}/graphql`]),
  );
  const database = databaseName(name, options.databasePrefix);
  return {
    ...subgraphUrls,
    PORT: String(ports[name]),
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
    ...options.env,
  };
}

export function startServices(options: StartOptions = {}): RunningService[] {
  const ports = portsFor(options.portOffset);
  return serviceOrder.filter((name) => !options.only || options.only.includes(name)).map((name) => {
    const child = spawn(process.execPath, [`dist/apps/${name}/src/main.js`], {
      env: { ...process.env, ...serviceEnv(name, options) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => options.onLine?.(name, line));
    }
    return { name, port: ports[name], process: child };
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until every service answers /health/ready with 200, or fails naming the ones that didn't. */
export async function waitUntilReady(services: RunningService[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(services);
  while (pending.size > 0) {
    for (const service of [...pending]) {
      if (service.process.exitCode !== null) {
        throw new Error(`${service.name} exited with status ${service.process.exitCode} before it was ready`);
      }
      const ready = await fetch(`http://127.0.0.1:${service.port}/health/ready`)
        .then((response) => response.ok)
        .catch(() => false);
      if (ready) pending.delete(service);
    }
    if (pending.size === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`not ready after ${timeoutMs} ms: ${[...pending].map((service) => service.name).join(', ')}`);
    }
    await sleep(500);
  }
}

/** SIGTERM to every service, then waits for each to exit (SIGKILL after the grace period). */
export async function stopServices(services: RunningService[], graceMs = 20_000): Promise<Array<{ name: ServiceName; code: number | null; signal: string | null }>> {
  return Promise.all(
    services.map(async (service) => {
      const child = service.process;
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(killer);
      }
      return { name: service.name, code: child.exitCode, signal: child.signalCode };
    }),
  );
}

/** One query answered by every subgraph: each one's build and schema facts. */
export const exampleQuery = `{ ${subgraphs.map(({ name }) => `${name}Status { service version schemaMigration }`).join(' ')} }`;
