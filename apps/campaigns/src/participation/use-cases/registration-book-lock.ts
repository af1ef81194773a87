import type { PoolClient } from 'pg';
import { registrationStream } from '../participation.events';

/**
 * Serialises the registration commands of one campaign until the transaction ends: each decides on
 * the seats the previous one left, so a rush of registrations queues instead of failing on conflicts.
 */
export async function lockRegistrationBook(client: PoolClient, tenantId: string, campaignId: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${tenantId}/${registrationStream(campaignId).streamId}`]);
}
