import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Every table keeps the instant each fact was recorded, so reading the rows recorded <= asOf answers
// exactly as of that instant (time travel), like membership_daily.

// One row per MemberJoined / MemberLeft, per member: cohorts, merge de-duplication and churn risk
// need to know who holds which membership, which the daily sums in membership_daily do not say.
const memberMembershipChangesSql = `
  CREATE TABLE member_membership_changes (
    event_id uuid PRIMARY KEY,
    tenant_id text NOT NULL,
    community_id uuid NOT NULL,
    member_id uuid NOT NULL,
    day date NOT NULL,
    recorded_at timestamptz NOT NULL,
    delta smallint NOT NULL CHECK (delta IN (-1, 1))
  );
  CREATE INDEX member_membership_changes_by_member ON member_membership_changes (tenant_id, member_id);
  CREATE INDEX member_membership_changes_by_tenant_day ON member_membership_changes (tenant_id, day)`;

// A merge is in effect from the earliest recorded of its two halves (MemberMergedInto,
// MemberAbsorbed) until the earliest recorded of its undo (MemberUnmerged, MemberMergeReverted).
// An undo may arrive before the merge itself, so merged_at is nullable.
const memberMergesSql = `
  CREATE TABLE member_merges (
    tenant_id text NOT NULL,
    merge_id uuid NOT NULL,
    duplicate_member_id uuid NOT NULL,
    survivor_member_id uuid NOT NULL,
    merged_at timestamptz,
    unmerged_at timestamptz,
    PRIMARY KEY (tenant_id, merge_id)
  )`;

// Every activity (passive visits too), one row per member and day: return visits (KPI-13).
const dailyVisitorsSql = `
  CREATE TABLE daily_visitors (
    tenant_id text NOT NULL,
    community_id uuid NOT NULL,
    day date NOT NULL,
    member_id uuid NOT NULL,
    first_recorded_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, community_id, day, member_id)
  );
  CREATE INDEX daily_visitors_by_tenant_day ON daily_visitors (tenant_id, day)`;

// Qualifying interactions counted per UTC hour: interaction counts (KPI-06/11) and time slots (KPI-15).
const interactionHourlySql = `
  CREATE TABLE interaction_hourly (
    tenant_id text NOT NULL,
    community_id uuid NOT NULL,
    day date NOT NULL,
    hour smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
    recorded_at timestamptz NOT NULL,
    interactions int NOT NULL,
    PRIMARY KEY (tenant_id, community_id, day, hour, recorded_at)
  )`;

const churnRiskChangesSql = `
  CREATE TABLE churn_risk_changes (
    event_id uuid PRIMARY KEY,
    tenant_id text NOT NULL,
    community_id uuid NOT NULL,
    member_id uuid NOT NULL,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    status text NOT NULL CHECK (status IN ('flagged', 'confirmed', 'dismissed', 'cleared'))
  );
  CREATE INDEX churn_risk_changes_by_tenant ON churn_risk_changes (tenant_id, occurred_at)`;

const lifecycleStageChangesSql = `
  CREATE TABLE lifecycle_stage_changes (
    event_id uuid PRIMARY KEY,
    tenant_id text NOT NULL,
    community_id uuid NOT NULL,
    member_id uuid NOT NULL,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    to_stage text NOT NULL,
    cause text NOT NULL
  );
  CREATE INDEX lifecycle_stage_changes_by_tenant ON lifecycle_stage_changes (tenant_id, occurred_at)`;

// Points belong to a member account, not to a community: tenant-level buckets only.
const pointsDailySql = `
  CREATE TABLE points_daily (
    tenant_id text NOT NULL,
    day date NOT NULL,
    recorded_at timestamptz NOT NULL,
    issued bigint NOT NULL DEFAULT 0,
    redeemed bigint NOT NULL DEFAULT 0,
    expired bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, day, recorded_at)
  )`;

// CommunityCreated ('created') and every CommunityStatusChanged: community lifecycle (KPI-35).
const communityStatusChangesSql = `
  CREATE TABLE community_status_changes (
    event_id uuid PRIMARY KEY,
    tenant_id text NOT NULL,
    community_id uuid NOT NULL,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    status text NOT NULL CHECK (status IN ('created', 'active', 'dormant', 'archived'))
  );
  CREATE INDEX community_status_changes_by_tenant ON community_status_changes (tenant_id, occurred_at)`;

/** Tables of the member-fact projections (see member-facts.projection.ts). */
export const memberFactTables = [
  'member_membership_changes',
  'member_merges',
  'daily_visitors',
  'interaction_hourly',
  'churn_risk_changes',
  'lifecycle_stage_changes',
  'points_daily',
  'community_status_changes',
] as const;

export const memberFactsMigrations: Migration[] = [
  sqlMigration('analytics/member-facts-0001-membership-changes', memberMembershipChangesSql),
  sqlMigration('analytics/member-facts-0002-merges', memberMergesSql),
  sqlMigration('analytics/member-facts-0003-daily-visitors', dailyVisitorsSql),
  sqlMigration('analytics/member-facts-0004-interaction-hourly', interactionHourlySql),
  sqlMigration('analytics/member-facts-0005-churn-risk-changes', churnRiskChangesSql),
  sqlMigration('analytics/member-facts-0006-lifecycle-stage-changes', lifecycleStageChangesSql),
  sqlMigration('analytics/member-facts-0007-points-daily', pointsDailySql),
  sqlMigration('analytics/member-facts-0008-community-status-changes', communityStatusChangesSql),
];
