import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export { subgraphs, type SubgraphName } from './subgraph-list';

export const defaultSupergraphPath = resolve(__dirname, '../supergraph.graphql');

export function readSupergraph(path = process.env.SUPERGRAPH_PATH ?? defaultSupergraphPath): string {
  return readFileSync(path, 'utf8');
}

/** `SUBGRAPH_URL_MEMBERS=http://members:4101/graphql` etc. point the gateway at subgraphs elsewhere (Kubernetes). */
export function subgraphUrl(name: string, composedUrl: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[`SUBGRAPH_URL_${name.toUpperCase()}`];
  if (override) return override;
  if (!composedUrl) throw new Error(`The supergraph names no URL for subgraph "${name}"`);
  return composedUrl;
}

/** `SUBGRAPH_TIMEOUT_MS_ANALYTICS=3000` gives one subgraph its own timeout; the others keep `fallbackMs`. */
export function subgraphTimeoutMs(name: string, fallbackMs: number, env: NodeJS.ProcessEnv = process.env): number {
  const override = env[`SUBGRAPH_TIMEOUT_MS_${name.toUpperCase()}`];
  if (override === undefined) return fallbackMs;
  const timeoutMs = Number(override);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new Error(`SUBGRAPH_TIMEOUT_MS_${name.toUpperCase()} must be a positive number of milliseconds, not "${override}"`);
  return timeoutMs;
}
