import { defineProjection } from '@groundswell/event-store';
import { CatalogueItemAddedV1, CatalogueItemRedeemedV1, CatalogueItemRepricedV1, CatalogueItemRestockedV1, CatalogueItemWithdrawnV1 } from '@groundswell/events';
import type { PoolClient } from 'pg';
import type { DomainEventOf } from '../../shared/domain-event';

type CatalogueItemEvent = DomainEventOf<
  typeof CatalogueItemAddedV1 | typeof CatalogueItemRestockedV1 | typeof CatalogueItemRedeemedV1 | typeof CatalogueItemRepricedV1 | typeof CatalogueItemWithdrawnV1
>;

const update = (client: PoolClient, tenantId: string, itemId: string, set: string, value: unknown) =>
  client.query(`UPDATE catalogue_items SET ${set} WHERE tenant_id = $1 AND item_id = $2`, [tenantId, itemId, value]);

/** `catalogue_items`: one row per item with its current cost and stock. */
export const catalogueItemProjection = defineProjection<CatalogueItemEvent>('catalogue_items', {
  [CatalogueItemAddedV1.type]: (client, { tenantId, data, occurredAt }) =>
    client.query(
      `INSERT INTO catalogue_items (tenant_id, item_id, community_id, name, kind, cost, stock, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [tenantId, data.itemId, data.communityId ?? null, data.name, data.kind, data.cost, data.stock, occurredAt],
    ),
  [CatalogueItemRestockedV1.type]: (client, { tenantId, data }) => update(client, tenantId, data.itemId, 'stock = stock + $3', data.quantity),
  [CatalogueItemRedeemedV1.type]: (client, { tenantId, data }) => update(client, tenantId, data.itemId, 'stock = stock - $3', data.quantity),
  [CatalogueItemRepricedV1.type]: (client, { tenantId, data }) => update(client, tenantId, data.itemId, 'cost = $3', data.to),
  [CatalogueItemWithdrawnV1.type]: (client, { tenantId, data }) => update(client, tenantId, data.itemId, 'withdrawn = $3', true),
});
