import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Moderation's own copy of which communities each tenant has, from the members service's events:
// it never asks members, and never reads its database.
const knownCommunitiesSql = `
  CREATE TABLE known_communities (
    tenant_id text NOT NULL,
    community_id text NOT NULL,
    PRIMARY KEY (tenant_id, community_id)
  )`;

export const knownCommunityMigrations: Migration[] = [sqlMigration('moderation/0003-known-communities', knownCommunitiesSql)];
