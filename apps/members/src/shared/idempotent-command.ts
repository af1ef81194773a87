import { withIdempotency, type EventStore, type IdempotentRequest } from '@groundswell/event-store';
import type { PoolClient } from 'pg';

/**
 * Runs a command's work in one transaction, once per idempotency key (a repeated key gets the first
 * result); a write conflict rolls the transaction back and runs the work again on fresh state.
 */
export function runIdempotentCommand<T>(store: EventStore, request: IdempotentRequest, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return store.transaction(async (client) => (await withIdempotency(client, request, () => work(client))).result, { retryOnConflict: true });
}
