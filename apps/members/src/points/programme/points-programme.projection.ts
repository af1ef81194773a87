import type { InlineProjection } from '@groundswell/event-store';
import { BadgeDefinedV1, GrowthLevelsDefinedV1, PointsExpiryPolicySetV1 } from '@groundswell/events';

type Data = Record<string, any>;

/** `points_programmes` (expiry policy, level table) and `badge_definitions`, from the tenant's programme stream. */
export const pointsProgrammeProjection: InlineProjection = {
  name: 'points_programmes',
  table: 'points_programmes',
  createTable: async () => undefined,
  async apply(client, events, table) {
    for (const event of events) {
      const data = event.data as Data;
      if (event.type === PointsExpiryPolicySetV1.type || event.type === GrowthLevelsDefinedV1.type) {
        const column = event.type === PointsExpiryPolicySetV1.type ? 'expiry_policy' : 'level_table';
        const value = event.type === PointsExpiryPolicySetV1.type ? data.policy : { version: data.version, levels: data.levels };
        await client.query(
          `INSERT INTO ${table} (tenant_id, ${column}, updated_at) VALUES ($1, $2, $3)
           ON CONFLICT (tenant_id) DO UPDATE SET ${column} = EXCLUDED.${column}, updated_at = EXCLUDED.updated_at`,
          [event.tenantId, JSON.stringify(value), event.occurredAt],
        );
      }
      if (event.type === BadgeDefinedV1.type) {
        await client.query(
          `INSERT INTO badge_definitions (tenant_id, badge_id, name, description, defined_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (tenant_id, badge_id) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description`,
          [event.tenantId, data.badgeId, data.name, data.description ?? null, event.occurredAt],
        );
      }
    }
  },
};
