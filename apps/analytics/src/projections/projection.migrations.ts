import { sqlMigration, type Migration } from '@groundswell/service-kit';
import { campaignFactsMigrations } from './campaign-facts.migrations';
import { contentFactsMigrations } from './content-facts.migrations';
import { memberFactsMigrations } from './member-facts.migrations';
import { moderationFactsMigrations } from './moderation-facts.migrations';

// A community's platform never changes; it is what the `platform` dimension filters on.
const communitiesSql = `
  CREATE TABLE analytics_communities (
    tenant_id text NOT NULL,
    community_id uuid NOT NULL,
    platform text NOT NULL,
    PRIMARY KEY (tenant_id, community_id)
  )`;

// Daily buckets keyed by the instant the events were recorded too, so that summing the rows with
// recorded_at <= asOf answers exactly as of that instant (time travel).
const membershipDailySql = `
  CREATE TABLE membership_daily (
    tenant_id text NOT NULL,
    community_id uuid NOT NULL,
    day date NOT NULL,
    recorded_at timestamptz NOT NULL,
    joined int NOT NULL DEFAULT 0,
    departed int NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, community_id, day, recorded_at)
  );
  CREATE INDEX membership_daily_by_tenant_day ON membership_daily (tenant_id, day)`;

// The exact set of active members per day; first_recorded_at is when the earliest qualifying
// activity of that day was recorded, so the member counts as of any asOf >= first_recorded_at.
const dailyActiveMembersSql = `
  CREATE TABLE daily_active_members (
    tenant_id text NOT NULL,
    community_id uuid NOT NULL,
    day date NOT NULL,
    member_id uuid NOT NULL,
    first_recorded_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, community_id, day, member_id)
  );
  CREATE INDEX daily_active_members_by_tenant_day ON daily_active_members (tenant_id, day)`;

export const projectionMigrations: Migration[] = [
  sqlMigration('analytics/0002-analytics-communities', communitiesSql),
  sqlMigration('analytics/0003-membership-daily', membershipDailySql),
  sqlMigration('analytics/0004-daily-active-members', dailyActiveMembersSql),
  ...memberFactsMigrations,
  ...moderationFactsMigrations,
  ...campaignFactsMigrations,
  ...contentFactsMigrations,
];
