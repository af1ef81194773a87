import type { Pool } from 'pg';

/** The advisory-lock key of a pass, derived from its name so that each kind of pass has its own leader. */
export function passLockKey(name: string): number {
  let hash = 0;
  for (const char of `scheduled-pass:${name}`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/**
 * Runs `work` only on the one instance that holds the pass's session advisory lock (as the outbox
 * relay leads): other instances skip this round. The lock goes with the connection, so a crashed
 * leader frees it at once. Returns undefined when another instance led.
 */
export async function runAsLeader<T>(pool: Pool, name: string, work: () => Promise<T>): Promise<T | undefined> {
  const client = await pool.connect();
  const key = passLockKey(name);
  // A connection that may still hold the lock must not go back to the pool: it is closed instead.
  let healthy = false;
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key]);
    if (!rows[0]!.locked) {
      healthy = true;
      return undefined;
    }
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]);
      healthy = true;
    }
  } finally {
    client.release(!healthy);
  }
}
