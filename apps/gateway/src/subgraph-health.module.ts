import { Global, Module } from '@nestjs/common';
import { READINESS_REPORT, type ReadinessReport } from '@groundswell/service-kit';
import { subgraphs, subgraphUrl } from './subgraphs';

const PROBE_TIMEOUT_MS = 1_000;

async function answers(liveUrl: string): Promise<boolean> {
  try {
    const response = await fetch(liveUrl, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** Which subgraphs answer their liveness probe right now, for the gateway's /health/ready. */
export function subgraphReachability(env: NodeJS.ProcessEnv = process.env): ReadinessReport {
  const liveUrls = subgraphs.map(({ name, url }) => [name, subgraphUrl(name, url, env).replace(/\/graphql\/?$/, '/health/live')] as const);
  return {
    name: 'subgraphs',
    async report() {
      const reachable = await Promise.all(liveUrls.map(async ([name, liveUrl]) => [name, await answers(liveUrl)] as const));
      return {
        unreachable: reachable.filter(([, up]) => !up).map(([name]) => name),
        reachable: reachable.filter(([, up]) => up).map(([name]) => name),
      };
    },
  };
}

@Global()
@Module({
  providers: [{ provide: READINESS_REPORT, useFactory: () => subgraphReachability() }],
  exports: [READINESS_REPORT],
})
export class SubgraphHealthModule {}
