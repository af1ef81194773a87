import type { PoolClient } from 'pg';
import { EventStoreError } from '../store/event-store.error';

/** Keys are the client's own names for a request (a UUID is typical); anything longer is a mistake, not a name. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

export interface IdempotentRequest {
  tenantId: string;
  /** The client's key; without one the work simply runs. */
  key?: string;
  /** Name of the command, recorded with the key so one key can't serve two commands. */
  command: string;
}

/**
 * Runs `work` once per idempotency key, inside the caller's transaction: a retried request with the
 * same key gets the first request's result (as JSON) and does nothing. A concurrent request with the
 * key blocks until the first commits (then sees its result) or rolls back (then runs itself).
 */
export async function withIdempotency<T>(
  client: PoolClient,
  request: IdempotentRequest,
  work: () => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  if (!request.key) return { result: await work(), replayed: false };
  const earlier = await claimIdempotencyKey(client, request.tenantId, request.key, request.command);
  if (earlier) return { result: earlier.result as T, replayed: true };
  const result = await work();
  await client.query('UPDATE idempotency_keys SET result = $3 WHERE tenant_id = $1 AND idempotency_key = $2', [
    request.tenantId,
    request.key,
    JSON.stringify(result ?? null),
  ]);
  return { result, replayed: false };
}

async function claimIdempotencyKey(client: PoolClient, tenantId: string, key: string, command: string): Promise<{ result: unknown } | undefined> {
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new EventStoreError('IDEMPOTENCY_KEY_INVALID', `An idempotency key is at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`, { length: key.length });
  }
  const claimed = await client.query(
    `INSERT INTO idempotency_keys (tenant_id, idempotency_key, command) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id, idempotency_key) DO NOTHING`,
    [tenantId, key, command],
  );
  if (claimed.rowCount === 1) return undefined;
  const { rows } = await client.query<{ command: string; result: unknown }>(
    'SELECT command, result FROM idempotency_keys WHERE tenant_id = $1 AND idempotency_key = $2',
    [tenantId, key],
  );
  if (rows[0].command !== command) {
    throw new EventStoreError('IDEMPOTENCY_KEY_REUSED', `Idempotency key "${key}" was used for ${rows[0].command}`, { key });
  }
  return { result: rows[0].result };
}
