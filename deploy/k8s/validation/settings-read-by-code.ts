import { loadServiceConfig } from '../../../libs/service-kit/src/config/service-config';
import { services, subgraphs, type ServiceName } from '../../../libs/service-kit/src/registry/service-registry';
import { readSupergraph, subgraphTimeoutMs, subgraphUrl } from '../../../apps/gateway/src/subgraphs';
import { loadMembersConfig } from '../../../apps/members/src/shared/members-config';
import { schedulerConfig } from '../../../apps/members/src/shared/scheduling/scheduler.config';
import { segmentTimeCheckIntervalMs } from '../../../apps/members/src/segments/membership/segment-time-check.service';
import { moderationSchedulerConfig } from '../../../apps/moderation/src/scheduling/scheduler.config';

/** The environment variables a piece of code reads, observed by handing it an environment that records every read. */
export function variablesRead(read: (env: NodeJS.ProcessEnv) => unknown): Set<string> {
  const names = new Set<string>();
  const env = new Proxy({} as NodeJS.ProcessEnv, {
    get(target, key) {
      if (typeof key === 'string' && /^[A-Z][A-Z0-9_]*$/.test(key)) names.add(key);
      return Reflect.get(target, key);
    },
  });
  read(env);
  return names;
}

function withProcessEnv(env: NodeJS.ProcessEnv, read: () => unknown): void {
  const saved = process.env;
  process.env = env;
  try {
    read();
  } finally {
    process.env = saved;
  }
}

// Every configuration reader of a running service: the service kit's (all services) and the ones a
// service adds. A new reader of the environment joins this list, and the manifests then must set it.
const serviceReaders: Partial<Record<ServiceName, Array<(env: NodeJS.ProcessEnv) => unknown>>> = {
  members: [loadMembersConfig, schedulerConfig, segmentTimeCheckIntervalMs],
  moderation: [moderationSchedulerConfig],
  gateway: [
    (env) => subgraphs.map(({ name, url }) => [subgraphUrl(name, url, env), subgraphTimeoutMs(name, 1_000, env)]),
    (env) => withProcessEnv(env, () => readSupergraph()),
  ],
};

export interface SettingsReadByCode {
  /** Read by every service (the service kit's configuration). */
  shared: Set<string>;
  /** Read by one service only. */
  byService: Map<ServiceName, Set<string>>;
}

export function settingsReadByCode(): SettingsReadByCode {
  const shared = new Set<string>();
  for (const service of services) for (const name of variablesRead((env) => loadServiceConfig(service.name, env))) shared.add(name);
  const byService = new Map<ServiceName, Set<string>>();
  for (const service of services) {
    const own = new Set<string>();
    for (const reader of serviceReaders[service.name] ?? []) for (const name of variablesRead(reader)) if (!shared.has(name)) own.add(name);
    byService.set(service.name, own);
  }
  return { shared, byService };
}
