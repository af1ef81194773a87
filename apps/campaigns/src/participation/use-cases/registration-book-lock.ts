import type { EventStore } from '@groundswell/event-store';
import type { PoolClient } from 'pg';
import { registrationStream } from '../participation.events';
import { registrationDecider, type RegistrationCommand } from '../registration.decider';

/**
 * Serialises the registration commands of one campaign until the transaction ends: each decides on
 * the seats the previous one left, so a rush of registrations queues instead of failing on conflicts.
 */
async function lockRegistrationBook(client: PoolClient, tenantId: string, campaignId: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${tenantId}/${registrationStream(campaignId).streamId}`]);
}

/** Decides the command on the campaign's registration book, holding the book's lock, and appends what it decides. */
export async function decideOnRegistrationBook(
  store: EventStore,
  client: PoolClient,
  book: { tenantId: string; campaignId: string },
  command: RegistrationCommand,
  idempotencyKey: string | undefined,
): Promise<void> {
  await lockRegistrationBook(client, book.tenantId, book.campaignId);
  await store.handleIn(client, {
    decider: registrationDecider,
    stream: { tenantId: book.tenantId, ...registrationStream(book.campaignId) },
    command,
    context: { idempotencyKey },
  });
}
