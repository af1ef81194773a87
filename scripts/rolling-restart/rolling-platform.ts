import { subgraphs } from '../../libs/service-kit/src/registry/service-registry.ts';
import { dropPlatformDatabases } from '../lib/platform-databases.ts';
import { RoundRobinProxy } from '../lib/round-robin-proxy.ts';
import { portsFor, serviceOrder, startServices, stopServices, waitUntilReady, type RunningService, type ServiceName } from '../lib/services.ts';

export interface RollingPlatformOptions {
  /** Port offsets of the two instances of every service and of the proxies in front of them. */
  instanceOffsets: readonly [number, number];
  proxyOffset: number;
  databasePrefix: string;
  namespace: string;
  env?: Record<string, string>;
  onLine?: (instance: string, line: string) => void;
}

export interface RestartRecord {
  instance: string;
  exitCode: number | null;
  signal: string | null;
  /** From SIGTERM until the process exited. */
  exitMs: number;
  /** From SIGTERM until the new process was ready. */
  downMs: number;
}

/**
 * Two instances of every service on one set of databases and one Kafka namespace, each service
 * behind a round-robin proxy, the gateways' subgraph addresses pointing at the proxies: what a
 * Kubernetes deployment with two replicas and a Service per Deployment looks like to a request.
 */
export class RollingPlatform {
  private readonly instances = new Map<string, RunningService>();
  private readonly proxies: RoundRobinProxy[] = [];

  constructor(private readonly options: RollingPlatformOptions) {}

  get gatewayUrl(): string {
    return `http://127.0.0.1:${portsFor(this.options.proxyOffset).gateway}`;
  }

  databaseUrl(service: ServiceName): string {
    return `postgres://postgres@127.0.0.1:5432/${this.options.databasePrefix}_${service}`;
  }

  async start(): Promise<void> {
    await this.dropDatabases();
    const proxyPorts = portsFor(this.options.proxyOffset);
    // Every replica starts at once, as a release's Deployments do: the two of a service must not trip
    // over each other's migrations, and no service waits for another to be up.
    for (const service of serviceOrder) for (const slot of [0, 1] as const) this.startInstance(service, slot);
    await waitUntilReady(serviceOrder.flatMap((service) => this.running(service)), 240_000);
    for (const service of serviceOrder) {
      const proxy = new RoundRobinProxy(proxyPorts[service], this.options.instanceOffsets.map((offset) => portsFor(offset)[service]));
      this.proxies.push(proxy);
      await proxy.start();
    }
  }

  /** SIGTERM to one instance, wait for it to exit, start it again and wait until it is ready. */
  async restart(service: ServiceName, slot: 0 | 1): Promise<RestartRecord> {
    const name = instanceName(service, slot);
    const started = Date.now();
    const [stopped] = await stopServices([this.instances.get(name)!], 30_000);
    const exitMs = Date.now() - started;
    this.startInstance(service, slot);
    await waitUntilReady([this.instances.get(name)!], 180_000);
    return { instance: name, exitCode: stopped!.code, signal: stopped!.signal, exitMs, downMs: Date.now() - started };
  }

  async stop(): Promise<void> {
    await Promise.all(this.proxies.map((proxy) => proxy.stop()));
    await stopServices([...this.instances.values()], 30_000);
  }

  dropDatabases(): Promise<void> {
    return dropPlatformDatabases(this.options.databasePrefix);
  }

  private running(service: ServiceName): RunningService[] {
    return [0, 1].map((slot) => this.instances.get(instanceName(service, slot as 0 | 1))!);
  }

  private startInstance(service: ServiceName, slot: 0 | 1): void {
    const proxyPorts = portsFor(this.options.proxyOffset);
    const throughProxies = Object.fromEntries(
      subgraphs.map(({ name }) => [`SUBGRAPH_URL_${name.toUpperCase()}`, `http://127.0.0.1:${proxyPorts[name]}/graphql`]),
    );
    const name = instanceName(service, slot);
    const [instance] = startServices({
      only: [service],
      portOffset: this.options.instanceOffsets[slot],
      databasePrefix: this.options.databasePrefix,
      env: { GROUNDSWELL_ENV: this.options.namespace, ...this.options.env, ...throughProxies },
      onLine: (_, line) => this.options.onLine?.(name, line),
    });
    this.instances.set(name, instance!);
  }
}

const instanceName = (service: ServiceName, slot: 0 | 1) => `${service}-${slot === 0 ? 'a' : 'b'}`;
