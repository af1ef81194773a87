import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Participants list newest first per campaign and per member (Member.campaignParticipations).
// A registration book counts seats under a CHECK, and a confirmed seat number is unique per campaign:
// the database itself refuses an over-registration the decider could ever let through.
const participationSql = `
  CREATE TABLE campaign_participants (
    tenant_id text NOT NULL,
    campaign_id text NOT NULL,
    member_id text NOT NULL,
    community_id text NOT NULL,
    channel text,
    referral_code text,
    joined_at timestamptz NOT NULL,
    check_ins integer NOT NULL DEFAULT 0,
    streak integer NOT NULL DEFAULT 0,
    longest_streak integer NOT NULL DEFAULT 0,
    last_check_in_day date,
    voted_option_id text,
    PRIMARY KEY (tenant_id, campaign_id, member_id)
  );
  CREATE INDEX campaign_participants_by_campaign ON campaign_participants (tenant_id, campaign_id, joined_at DESC, member_id DESC);
  CREATE INDEX campaign_participants_by_member ON campaign_participants (tenant_id, member_id, joined_at DESC, campaign_id DESC);
  CREATE TABLE campaign_registration_books (
    tenant_id text NOT NULL,
    campaign_id text NOT NULL,
    capacity integer NOT NULL,
    confirmed integer NOT NULL DEFAULT 0 CHECK (confirmed <= capacity),
    waitlisted integer NOT NULL DEFAULT 0,
    opened_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, campaign_id)
  );
  CREATE TABLE campaign_registrations (
    tenant_id text NOT NULL,
    campaign_id text NOT NULL,
    registration_id text NOT NULL,
    member_id text NOT NULL,
    status text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
    seat_number integer,
    waitlist_sequence bigint,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, campaign_id, registration_id)
  );
  CREATE UNIQUE INDEX campaign_registrations_one_per_seat ON campaign_registrations (tenant_id, campaign_id, seat_number) WHERE status = 'confirmed';
  CREATE UNIQUE INDEX campaign_registrations_one_per_member ON campaign_registrations (tenant_id, campaign_id, member_id) WHERE status <> 'cancelled';
  CREATE INDEX campaign_registrations_by_campaign ON campaign_registrations (tenant_id, campaign_id, created_at DESC, registration_id DESC);
  CREATE TABLE campaign_ballot_options (
    tenant_id text NOT NULL,
    campaign_id text NOT NULL,
    option_id text NOT NULL,
    label text NOT NULL,
    position integer NOT NULL,
    votes integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, campaign_id, option_id)
  )`;

export const participationMigrations: Migration[] = [sqlMigration('campaigns/0006-participation', participationSql)];
