import type { InlineProjection } from '@groundswell/event-store';

/** `communities`: one row per community, with its current member count. */
export const communityProjection: InlineProjection = {
  name: 'communities',
  table: 'communities',
  createTable: async () => undefined,
  async apply(client, events, table) {
    for (const event of events) {
      const data = event.data as Record<string, any>;
      const key = [event.tenantId, data.communityId];
      switch (event.type) {
        case 'groundswell.members.CommunityCreated.v1':
          await client.query(
            `INSERT INTO ${table} (tenant_id, community_id, name, platform, external_id, status, stage, created_at)
             VALUES ($1, $2, $3, $4, $5, 'active', 'build_up', $6)`,
            [...key, data.name, data.platform, data.externalId ?? null, event.occurredAt],
          );
          break;
        case 'groundswell.members.CommunityProfileUpdated.v1':
          if (data.changes?.name) await client.query(`UPDATE ${table} SET name = $3 WHERE tenant_id = $1 AND community_id = $2`, [...key, data.changes.name]);
          break;
        case 'groundswell.members.CommunityStageChanged.v1':
          await client.query(`UPDATE ${table} SET stage = $3 WHERE tenant_id = $1 AND community_id = $2`, [...key, data.to]);
          break;
        case 'groundswell.members.CommunityStatusChanged.v1':
          await client.query(`UPDATE ${table} SET status = $3 WHERE tenant_id = $1 AND community_id = $2`, [...key, data.to]);
          break;
      }
    }
  },
};
