import type { Pool } from 'pg';
import { beforeAllEvents, type CommitPosition } from '../store/stored-event';

export async function loadCheckpoint(pool: Pool, relay: string): Promise<CommitPosition> {
  const { rows } = await pool.query<{ transaction_id: string; global_position: string }>(
    'SELECT transaction_id::text AS transaction_id, global_position FROM outbox_checkpoints WHERE relay = $1',
    [relay],
  );
  if (!rows[0]) return beforeAllEvents;
  return { transactionId: BigInt(rows[0].transaction_id), globalPosition: BigInt(rows[0].global_position) };
}

export async function saveCheckpoint(pool: Pool, relay: string, position: CommitPosition): Promise<void> {
  await pool.query(
    `INSERT INTO outbox_checkpoints (relay, transaction_id, global_position) VALUES ($1, $2::text::xid8, $3)
     ON CONFLICT (relay) DO UPDATE SET transaction_id = EXCLUDED.transaction_id,
       global_position = EXCLUDED.global_position, updated_at = now()`,
    [relay, position.transactionId.toString(), position.globalPosition.toString()],
  );
}
