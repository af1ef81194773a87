import type { InlineProjection, StoredEvent } from '@groundswell/event-store';
import { EngagementSignalRecordedV1 } from '@groundswell/events';
import { engagementStreamType, type EngagementSignalRecorded } from './engagement.events';

type Signal = EngagementSignalRecorded['data'];

/** `engagement_totals`: a batch of signals summed per item, variant, platform and kind, in one statement (a request holds up to 10,000). */
export const engagementTotalsProjection: InlineProjection = {
  name: 'engagement_totals',
  async apply(client, events: readonly StoredEvent[]) {
    const totals = new Map<string, { tenantId: string; itemId: string; variantId: string; platform: string; kind: string; count: number; dwellMs: number; lastAt: Date }>();
    for (const event of events) {
      if (event.type !== EngagementSignalRecordedV1.type) continue;
      const signal = event.data as Signal;
      const variantId = signal.variantId ?? '';
      const key = JSON.stringify([event.tenantId, signal.itemId, variantId, signal.platform, signal.kind]);
      const total = totals.get(key) ?? { tenantId: event.tenantId, itemId: signal.itemId, variantId, platform: signal.platform, kind: signal.kind, count: 0, dwellMs: 0, lastAt: event.occurredAt };
      total.count += 1;
      total.dwellMs += signal.dwellMs ?? 0;
      if (event.occurredAt > total.lastAt) total.lastAt = event.occurredAt;
      totals.set(key, total);
    }
    if (totals.size === 0) return;
    const rows = [...totals.values()];
    await client.query(
      `INSERT INTO engagement_totals (tenant_id, item_id, variant_id, platform, kind, count, dwell_ms, last_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[], $8::timestamptz[])
       ON CONFLICT (tenant_id, item_id, variant_id, platform, kind) DO UPDATE
       SET count = engagement_totals.count + EXCLUDED.count, dwell_ms = engagement_totals.dwell_ms + EXCLUDED.dwell_ms, last_at = GREATEST(engagement_totals.last_at, EXCLUDED.last_at)`,
      [
        rows.map((row) => row.tenantId),
        rows.map((row) => row.itemId),
        rows.map((row) => row.variantId),
        rows.map((row) => row.platform),
        rows.map((row) => row.kind),
        rows.map((row) => row.count),
        rows.map((row) => row.dwellMs),
        rows.map((row) => row.lastAt.toISOString()),
      ],
    );
  },
};

export const engagementProjections = { [engagementStreamType]: [engagementTotalsProjection] };
