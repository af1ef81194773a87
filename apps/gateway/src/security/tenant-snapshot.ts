import { eventually, type GraphqlClient } from '@groundswell/test-kit';
import type { GeneratedOperation } from './operation-builder';

// Facts about the read itself, not the tenant's state: a KPI is computed afresh for every query.
const aboutTheRead = new Set(['computedAt', 'lagSeconds', 'asOf']);

function withoutFactsAboutTheRead(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutFactsAboutTheRead);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !aboutTheRead.has(key)).map(([key, inner]) => [key, withoutFactsAboutTheRead(inner)]));
}

export type TenantSnapshot = Record<string, unknown>;

/** What a tenant reads through each query: data and error codes (messages and request ids vary). */
async function snapshotThrough(graphql: GraphqlClient, reads: ReadonlyArray<readonly [string, GeneratedOperation]>): Promise<TenantSnapshot> {
  const snapshot: TenantSnapshot = {};
  for (const [name, { query, variables }] of reads) {
    const body = await graphql(query, variables);
    snapshot[name] = withoutFactsAboutTheRead({ data: body.data, codes: (body.errors ?? []).map((error) => error.extensions.code) });
  }
  return snapshot;
}

/** Projections fed by Kafka catch up after a write; a snapshot counts once two reads in a row agree. */
export async function settledSnapshotThrough(graphql: GraphqlClient, reads: ReadonlyArray<readonly [string, GeneratedOperation]>): Promise<TenantSnapshot> {
  let previous = await snapshotThrough(graphql, reads);
  return eventually(
    async () => {
      const current = await snapshotThrough(graphql, reads);
      const changing = Object.keys(current).filter((read) => JSON.stringify(current[read]) !== JSON.stringify(previous[read]));
      previous = current;
      if (changing.length > 0) throw new Error(`the tenant is still changing: ${changing.join(', ')}`);
      return current;
    },
    30_000,
    1_000,
  );
}
