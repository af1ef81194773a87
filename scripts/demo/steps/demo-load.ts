import type { CommunityKey, DemoData } from '../demo-data.ts';
import type { GraphqlRequest } from '../graphql-client.ts';

/** What every step of one demo load shares: the client, the story, and the ids the platform gave. */
export interface DemoLoad {
  request: GraphqlRequest;
  data: DemoData;
  log: (line: string) => void;
  /** Calls in flight at once. */
  concurrency: number;
  /** Activity items per recordMemberActivity call. */
  batchSize: number;
  communityIds: Record<CommunityKey, string>;
  /** Member id by person index, as the joins return them. */
  memberIds: Map<number, string>;
}

/** Runs `work` over `items`, at most `concurrency` at once. */
export async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}
