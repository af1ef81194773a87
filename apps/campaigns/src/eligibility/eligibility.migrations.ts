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

export const eligibilityMigrations: Migration[] = [sqlMigration('campaigns/0005-eligibility-replica', eligibilitySql)];
