import { sqlMigration } from '@groundswell/service-kit';

export const activityClientIdsMigration = sqlMigration(
  'members/0003-activity-client-ids',
  `
  -- Platforms redeliver webhooks; a client event id is recorded once per community.
  CREATE TABLE activity_client_ids (
    tenant_id       text NOT NULL,
    community_id    uuid NOT NULL,
    client_event_id text NOT NULL,
    PRIMARY KEY (tenant_id, community_id, client_event_id)
  );

`,
);
