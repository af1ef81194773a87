import type { ServiceConfig } from '../config/service-config';
import type { Migration } from '../database/migrations';

/** What a service brings to service-kit; its port, servers and subgraph come from the service registry. */
export interface ServiceDefinition {
  name: ServiceConfig['service'];
  /** Every migration the service's database needs, shared libraries' first. */
  migrations?: readonly Migration[];
}

/**
 * What the process is doing right now. `schemaOnly` builds the GraphQL schema without touching
 * any server (used to compose the supergraph); `shuttingDown` makes readiness fail at once on SIGTERM.
 */
export class ServiceRuntime {
  readonly startedAt = new Date();
  shuttingDown = false;

  constructor(
    readonly config: ServiceConfig,
    readonly definition: ServiceDefinition,
    readonly schemaOnly: boolean,
  ) {}

  get connectsToServers(): boolean {
    return !this.schemaOnly;
  }
}
