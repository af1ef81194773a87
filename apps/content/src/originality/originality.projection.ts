import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { bandKeys } from './minhash';
import { originalityEventTypes, originalityStreamType, type OriginalityEvent } from './originality.events';

/** `content_originality` and its band keys: each item's latest check. */
export const contentOriginalityProjection = defineProjection<OriginalityEvent>('content_originality', {
  [originalityEventTypes.checked]: async (client, { tenantId, occurredAt, data }) => {
    await client.query(
      `INSERT INTO content_originality (tenant_id, content_item_id, text_hash, signature, original, near_duplicates, checked_at, first_checked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
       ON CONFLICT (tenant_id, content_item_id) DO UPDATE SET text_hash = $3, signature = $4, original = $5, near_duplicates = $6, checked_at = $7`,
      [tenantId, data.itemId, data.textHash, data.signature, data.original, JSON.stringify(data.nearDuplicates), occurredAt],
    );
    await client.query('DELETE FROM content_originality_bands WHERE tenant_id = $1 AND content_item_id = $2', [tenantId, data.itemId]);
    await client.query('INSERT INTO content_originality_bands (tenant_id, band_key, content_item_id) SELECT $1, unnest($3::text[]), $2', [tenantId, data.itemId, bandKeys(data.signature)]);
  },
});

export const originalityProjections: ProjectionRegistrations = { [originalityStreamType]: [contentOriginalityProjection] };
