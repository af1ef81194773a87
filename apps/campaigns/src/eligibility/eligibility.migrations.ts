import { sqlMigration, type Migration } from '@groundswell/service-kit';

// The eligibility replica: what campaigns knows of members from the members and moderation services'
// events, keyed for the one question it answers (may this member join this campaign?).
const eligibilitySql = `
  CREATE TABLE eligibility_memberships (
    tenant_id text NOT NULL,
    member_id text NOT NULL,
    community_id text NOT NULL,
    active boolean NOT NULL,
    PRIMARY KEY (tenant_id, member_id, community_id)
  );
  CREATE TABLE eligibility_marketing_consents (
    tenant_id text NOT NULL,
    member_id text NOT NULL,
    granted boolean NOT NULL,
    decided_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, member_id)
  );
  CREATE TABLE eligibility_segment_members (
    tenant_id text NOT NULL,
    member_id text NOT NULL,
    segment_id text NOT NULL,
    PRIMARY KEY (tenant_id, member_id, segment_id)
  );
  CREATE TABLE eligibility_sanctions (
    tenant_id text NOT NULL,
    sanction_id text NOT NULL,
    member_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('remove', 'ban')),
    community_id text,
    in_force boolean NOT NULL,
    PRIMARY KEY (tenant_id, sanction_id)
  );
  CREATE INDEX eligibility_sanctions_in_force ON eligibility_sanctions (tenant_id, member_id) WHERE in_force`;

// Merges as the members service records them, so a merged-away member is no longer eligible and the
// survivor answers for the duplicate's sanctions; erased members, so a late event cannot bring back a
// row about them (their id alone, which carries no personal data).
const mergesAndErasuresSql = `
  CREATE TABLE eligibility_merges (
    tenant_id text NOT NULL,
    merge_id text NOT NULL,
    duplicate_member_id text NOT NULL,
    survivor_member_id text NOT NULL,
    undone boolean NOT NULL,
    PRIMARY KEY (tenant_id, merge_id)
  );
  CREATE INDEX eligibility_merges_duplicate ON eligibility_merges (tenant_id, duplicate_member_id) WHERE NOT undone;
  CREATE INDEX eligibility_merges_survivor ON eligibility_merges (tenant_id, survivor_member_id) WHERE NOT undone;
  CREATE TABLE eligibility_erased_members (
    tenant_id text NOT NULL,
    member_id text NOT NULL,
    PRIMARY KEY (tenant_id, member_id)
  )`;

export const eligibilityMigrations: Migration[] = [
  sqlMigration('campaigns/0005-eligibility-replica', eligibilitySql),
  sqlMigration('campaigns/0005-eligibility-replica-merges-and-erasures', mergesAndErasuresSql),
];
