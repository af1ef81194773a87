import { defineProjection } from '@groundswell/event-store';
import { BadgeDefinedV1, GrowthLevelsDefinedV1, PointsExpiryPolicySetV1 } from '@groundswell/events';
import type { PoolClient } from 'pg';
import type { DomainEventOf } from '../../shared/domain-event';

type ProgrammeEvent = DomainEventOf<typeof PointsExpiryPolicySetV1 | typeof GrowthLevelsDefinedV1 | typeof BadgeDefinedV1>;

const setProgramme = (client: PoolClient, tenantId: string, column: 'expiry_policy' | 'level_table', value: unknown, at: Date) =>
  client.query(
    `INSERT INTO points_programmes (tenant_id, ${column}, updated_at) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id) DO UPDATE SET ${column} = EXCLUDED.${column}, updated_at = EXCLUDED.updated_at`,
    [tenantId, JSON.stringify(value), at],
  );

/** `points_programmes` (expiry policy, level table) and `badge_definitions`, from the tenant's programme stream. */
export const pointsProgrammeProjection = defineProjection<ProgrammeEvent>('points_programmes', {
  [PointsExpiryPolicySetV1.type]: (client, { tenantId, data, occurredAt }) => setProgramme(client, tenantId, 'expiry_policy', data.policy, occurredAt),
  [GrowthLevelsDefinedV1.type]: (client, { tenantId, data, occurredAt }) =>
    setProgramme(client, tenantId, 'level_table', { version: data.version, levels: data.levels }, occurredAt),
  [BadgeDefinedV1.type]: (client, { tenantId, data, occurredAt }) =>
    client.query(
      `INSERT INTO badge_definitions (tenant_id, badge_id, name, description, defined_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, badge_id) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description`,
      [tenantId, data.badgeId, data.name, data.description ?? null, occurredAt],
    ),
});
