import { defineProjection } from '@groundswell/event-store';
import { CommunityCreatedV1, CommunityProfileUpdatedV1, CommunityStageChangedV1, CommunityStatusChangedV1 } from '@groundswell/events';
import type { DomainEventOf } from '../shared/domain-event';

type CommunityEvent = DomainEventOf<typeof CommunityCreatedV1 | typeof CommunityProfileUpdatedV1 | typeof CommunityStageChangedV1 | typeof CommunityStatusChangedV1>;

const setColumn = (column: 'stage' | 'status') => (client: import('pg').PoolClient, tenantId: string, communityId: string, value: string) =>
  client.query(`UPDATE communities SET ${column} = $3 WHERE tenant_id = $1 AND community_id = $2`, [tenantId, communityId, value]);

/** `communities`: one row per community, with its current member count. */
export const communityProjection = defineProjection<CommunityEvent>('communities', {
  [CommunityCreatedV1.type]: (client, { tenantId, data, occurredAt }) =>
    client.query(
      `INSERT INTO communities (tenant_id, community_id, name, platform, external_id, status, stage, created_at)
       VALUES ($1, $2, $3, $4, $5, 'active', 'build_up', $6)`,
      [tenantId, data.communityId, data.name, data.platform, data.externalId ?? null, occurredAt],
    ),
  [CommunityProfileUpdatedV1.type]: async (client, { tenantId, data }) => {
    if (data.changes?.name) await client.query('UPDATE communities SET name = $3 WHERE tenant_id = $1 AND community_id = $2', [tenantId, data.communityId, data.changes.name]);
  },
  [CommunityStageChangedV1.type]: (client, { tenantId, data }) => setColumn('stage')(client, tenantId, data.communityId, data.to),
  [CommunityStatusChangedV1.type]: (client, { tenantId, data }) => setColumn('status')(client, tenantId, data.communityId, data.to),
});
