import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Moderation's own copy of which communities and members each tenant has, from the members
// service's events: it never asks members, and never reads its database. Ids only.
const knownCommunitiesSql = `
  CREATE TABLE known_communities (
    tenant_id text NOT NULL,
    community_id text NOT NULL,
    PRIMARY KEY (tenant_id, community_id)
  )`;

const knownMembersSql = `
  CREATE TABLE known_members (
    tenant_id text NOT NULL,
    member_id text NOT NULL,
    PRIMARY KEY (tenant_id, member_id)
  )`;

export const knownPartyMigrations: Migration[] = [
  sqlMigration('moderation/0003-known-communities', knownCommunitiesSql),
  sqlMigration('moderation/0004-known-members', knownMembersSql),
];
