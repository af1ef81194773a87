// Erasable TypeScript only and no imports: Node runs scripts/lib/services.ts and scripts/supergraph.ts
// directly, and they read this file. `npm run new:service` adds a line above the gateway's.

/** The servers a service connects to; service-kit opens exactly these, and health checks them. */
export interface ServiceUses {
  /** Its own database, `groundswell_<service>` (see `databaseName`), holding its event store and read models. */
  postgres: boolean;
  kafka: boolean;
  redis: boolean;
}

export interface RegisteredService {
  name: string;
  /** Local default; `PORT` overrides it. */
  port: number;
  /** Serves a Federation subgraph at /graphql, composed into the supergraph. */
  subgraph: boolean;
  uses: ServiceUses;
}

/** Every Groundswell service, in start order: the gateway last, once the subgraphs it calls are up. */
export const services = [
  { name: 'members', port: 4101, subgraph: true, uses: { postgres: true, kafka: true, redis: false } },
  { name: 'content', port: 4102, subgraph: true, uses: { postgres: true, kafka: true, redis: false } },
  { name: 'campaigns', port: 4103, subgraph: true, uses: { postgres: true, kafka: true, redis: false } },
  { name: 'moderation', port: 4104, subgraph: true, uses: { postgres: true, kafka: true, redis: false } },
  { name: 'analytics', port: 4105, subgraph: true, uses: { postgres: true, kafka: true, redis: true } },
  { name: 'access', port: 4106, subgraph: true, uses: { postgres: true, kafka: true, redis: false } },
  { name: 'gateway', port: 4000, subgraph: false, uses: { postgres: false, kafka: false, redis: true } },
] as const satisfies readonly RegisteredService[];

export type ServiceName = (typeof services)[number]['name'];
export type SubgraphName = Extract<(typeof services)[number], { subgraph: true }>['name'];

export const serviceNames: readonly ServiceName[] = services.map((service) => service.name);

export function registeredService(name: ServiceName): RegisteredService {
  return services.find((service) => service.name === name)!;
}

/** `<prefix>_<service>`: `groundswell_members` locally, `groundswell_e2e_members` on the e2e platform. */
export function databaseName(name: ServiceName, prefix = 'groundswell'): string {
  return `${prefix}_${name}`;
}

/** The subgraphs composed into the supergraph, with their local default addresses (`SUBGRAPH_URL_<NAME>` overrides one). */
export const subgraphs: ReadonlyArray<{ name: SubgraphName; url: string }> = services
  .filter((service): service is Extract<(typeof services)[number], { subgraph: true }> => service.subgraph)
  .map((service) => ({ name: service.name, url: `http://127.0.0.1:${service.port}/graphql` }));
