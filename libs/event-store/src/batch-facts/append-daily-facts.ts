import type { PoolClient } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import type { EventStore } from '../event-store';
import type { NewEvent } from '../store/stored-event';

/** One fact of a batch: the sender's id of it, and the event it becomes. */
export interface DailyFact {
  clientEventId: string;
  event: NewEvent & { occurredAt: Date };
}

/** Where a batch of facts goes: streams `<streamType>-<scopeId>-<UTC day>`, repeats remembered in `clientIds`. */
export interface DailyFactStreams {
  tenantId: string;
  scopeId: string;
  streamType: string;
  /** A table keyed (tenant_id, <scopeColumn>, client_event_id); names are the caller's constants, never input. */
  clientIds: { table: string; scopeColumn: string };
}

export interface DailyFactsOutcome {
  accepted: number;
  duplicates: number;
}

/**
 * High-volume facts without invariants (DESIGN §4: activity, engagement): the facts whose client
 * event ids are new — in this batch and every earlier one — are appended to the end of the scope's
 * stream of each UTC day, in the caller's transaction. Durable when that transaction commits.
 */
export async function appendDailyFacts(store: EventStore, client: PoolClient, streams: DailyFactStreams, facts: readonly DailyFact[]): Promise<DailyFactsOutcome> {
  const { tenantId, scopeId, streamType, clientIds } = streams;
  const fresh = await client.query<{ client_event_id: string }>(
    `INSERT INTO ${clientIds.table} (tenant_id, ${clientIds.scopeColumn}, client_event_id) SELECT $1, $2, unnest($3::text[])
     ON CONFLICT DO NOTHING RETURNING client_event_id`,
    [tenantId, scopeId, [...new Set(facts.map((fact) => fact.clientEventId))]],
  );
  const accepted = new Set(fresh.rows.map((row) => row.client_event_id));
  const byDay = new Map<string, NewEvent[]>();
  for (const fact of facts) {
    if (!accepted.delete(fact.clientEventId)) continue; // a repeat, in this batch or an earlier one
    const day = fact.event.occurredAt.toISOString().slice(0, 10);
    const events = byDay.get(day) ?? [];
    events.push(fact.event);
    byDay.set(day, events);
  }
  let appended = 0;
  const correlationId = uuidv7();
  for (const [day, events] of byDay) {
    const stored = await store.appendToEnd(client, { tenantId, streamId: `${streamType}-${scopeId}-${day}`, streamType }, events, { correlationId });
    appended += stored.length;
  }
  return { accepted: appended, duplicates: facts.length - appended };
}
