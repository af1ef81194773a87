import type { EventEnvelope } from '@groundswell/events';
import type { Pool } from 'pg';
import type { EventHandler, MessageContext } from './consumer-options';

/**
 * Records the event as processed by `consumerGroup` and applies it, in one transaction; an event
 * the group already processed changes nothing. This is what makes at-least-once delivery
 * exactly-once in effect.
 */
export async function applyOnce(
  pool: Pool,
  consumerGroup: string,
  handle: EventHandler,
  envelope: EventEnvelope,
  context: MessageContext,
): Promise<'applied' | 'duplicate'> {
  const client = await pool.connect();
  // A backend killed while we hold the client emits 'error' on it; unobserved, that would crash the process.
  let broken: Error | undefined;
  const onError = (error: Error) => void (broken ??= error);
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const recorded = await client.query(
      `INSERT INTO processed_messages (consumer_group, event_id, topic, partition, "offset")
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (consumer_group, event_id) DO NOTHING`,
      [consumerGroup, envelope.id, context.topic, context.partition, context.offset],
    );
    const isNew = recorded.rowCount === 1;
    if (isNew) await handle(client, envelope, context);
    await client.query('COMMIT');
    return isNew ? 'applied' : 'duplicate';
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => void (broken ??= rollbackError));
    throw error;
  } finally {
    client.off('error', onError);
    // Passing an error makes the pool discard the connection instead of reusing a dead one.
    client.release(broken);
  }
}
