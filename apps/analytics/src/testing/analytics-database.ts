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
  for (const event of events) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      outcomes.push(await ingest(client, event));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }
  return outcomes;
}
