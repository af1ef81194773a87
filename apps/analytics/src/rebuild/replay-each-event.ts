import { cloudEventsSpecVersion, eventDataContentType, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import type { EventWindow } from './analytics-projection';

const pageSize = 5_000;

interface LoggedEvent {
  event_id: string;
  tenant_id: string;
  type: string;
  subject: string;
  stream_version: number;
  occurred_at: Date;
  recorded_at: Date;
  data: unknown;
  ingest_seq: string;
}

export interface ReplayedEvents {
  /**
   * The services whose events the projection reads (`moderation` for `groundswell.moderation.*`),
   * when it reads no others; only those are fetched. Reading and decoding every event of the log
   * was most of a rebuild's time (docs/benchmarks.md, replay).
   */
  fromServices?: readonly string[];
  /** Further event types it reads, outside those services. */
  alsoTypes?: readonly string[];
}

/**
 * Adapts a per-event projection function (the one the ingest transaction calls) into a replay: feeds
 * it the window's events in the log's order. Slower than set-based SQL, but nothing to keep in step.
 */
export function replayEachEvent(project: (client: PoolClient, event: EventEnvelope) => Promise<void>, reads: ReplayedEvents = {}) {
  const servicePatterns = reads.fromServices?.map((service) => `groundswell.${service}.%`) ?? null;
  const types = reads.fromServices ? (reads.alsoTypes ?? []) : null;
  return async function replay(client: PoolClient, window: EventWindow): Promise<number> {
    let after = window.afterSeq;
    let replayed = 0;
    for (;;) {
      const { rows } = await client.query<LoggedEvent>(
        `SELECT event_id, tenant_id, type, subject, stream_version, occurred_at, recorded_at, data, ingest_seq
           FROM analytics_events
          WHERE ingest_seq > $1 AND ingest_seq <= $2 AND ($4::text[] IS NULL OR type LIKE ANY ($4) OR type = ANY ($5))
          ORDER BY ingest_seq LIMIT $3`,
        [after, window.upToSeq, pageSize, servicePatterns, types],
      );
      for (const row of rows) await project(client, toEnvelope(row));
      replayed += rows.length;
      if (rows.length < pageSize) return replayed;
      after = Number(rows[rows.length - 1]!.ingest_seq);
    }
  };
}

// The log keeps what projections read; provenance attributes it does not keep are left empty.
function toEnvelope(row: LoggedEvent): EventEnvelope {
  return {
    specversion: cloudEventsSpecVersion,
    id: row.event_id,
    source: '',
    type: row.type,
    subject: row.subject,
    time: row.occurred_at.toISOString(),
    datacontenttype: eventDataContentType,
    dataschema: '',
    tenantid: row.tenant_id,
    streamversion: row.stream_version,
    recordedtime: row.recorded_at.toISOString(),
    correlationid: '',
    causationid: '',
    data: row.data,
  };
}
