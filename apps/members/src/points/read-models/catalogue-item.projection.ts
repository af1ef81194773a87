import type { InlineProjection } from '@groundswell/event-store';
import {
  CatalogueItemAddedV1,
  CatalogueItemRedeemedV1,
  CatalogueItemRepricedV1,
  CatalogueItemRestockedV1,
  CatalogueItemWithdrawnV1,
} from '@groundswell/events';

/** `catalogue_items`: one row per item with its current cost and stock. */
export const catalogueItemProjection: InlineProjection = {
  name: 'catalogue_items',
  table: 'catalogue_items',
  createTable: async () => undefined,
  async apply(client, events, table) {
    for (const event of events) {
      const data = event.data as Record<string, any>;
      const key = [event.tenantId, data.itemId];
      const update = (set: string, value: unknown) => client.query(`UPDATE ${table} SET ${set} WHERE tenant_id = $1 AND item_id = $2`, [...key, value]);
      switch (event.type) {
        case CatalogueItemAddedV1.type:
          await client.query(
            `INSERT INTO ${table} (tenant_id, item_id, community_id, name, kind, cost, stock, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [...key, data.communityId ?? null, data.name, data.kind, data.cost, data.stock, event.occurredAt],
          );
          break;
        case CatalogueItemRestockedV1.type:
          await update('stock = stock + $3', data.quantity);
          break;
        case CatalogueItemRedeemedV1.type:
          await update('stock = stock - $3', data.quantity);
          break;
        case CatalogueItemRepricedV1.type:
          await update('cost = $3', data.to);
          break;
        case CatalogueItemWithdrawnV1.type:
          await update('withdrawn = $3', true);
          break;
      }
    }
  },
};
