import { withTransaction } from '@groundswell/event-store';
import type { EventEnvelope } from '@groundswell/events';
import { createTestDatabase, type TestDatabase } from '@groundswell/test-kit';
import type { Pool } from 'pg';
import { analyticsService } from '../analytics.service';
import { createEventIngester, type IngestOutcome } from '../ingest/ingest-event';

/** A fresh database with every analytics migration. */
export function createAnalyticsDatabase(label: string): Promise<TestDatabase> {
  return createTestDatabase(`analytics_${label}`, analyticsService.migrations);
}

/** Ingests each event in its own transaction, as the consumer does. */
export async function ingestAll(pool: Pool, events: readonly EventEnvelope[]): Promise<IngestOutcome[]> {
  const ingest = createEventIngester();
  const outcomes: IngestOutcome[] = [];
  for (const event of events) outcomes.push(await withTransaction(pool, (client) => ingest(client, event)));
  return outcomes;
}
