import { sqlMigration, type Migration } from '@groundswell/service-kit';

// referrals is the invite tree: one row per (campaign, invitee), so each invitee has at most one
// inviter per campaign and the tree can't branch into a member twice. referral_known_* is the
// identity replica fed by the members service's events: when Groundswell first knew a member.
const referralsSql = `
  CREATE TABLE referral_programmes (
    tenant_id text NOT NULL,
    campaign_id text NOT NULL,
    rules jsonb NOT NULL,
    configured_at timestamptz NOT NULL,
    configured_by text NOT NULL,
    PRIMARY KEY (tenant_id, campaign_id)
  );
  CREATE TABLE referral_codes (
    tenant_id text NOT NULL,
    campaign_id text NOT NULL,
    referrer_id text NOT NULL,
    code text NOT NULL,
    invites integer NOT NULL DEFAULT 0,
    qualified_invites integer NOT NULL DEFAULT 0,
    issued_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, campaign_id, referrer_id),
    UNIQUE (tenant_id, code)
  );
  CREATE TABLE referrals (
    tenant_id text NOT NULL,
    campaign_id text NOT NULL,
    invitee_id text NOT NULL,
    referrer_id text NOT NULL,
    qualified boolean NOT NULL,
    disqualification text,
    accepted_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, campaign_id, invitee_id)
  );
  CREATE INDEX referrals_by_referrer ON referrals (tenant_id, campaign_id, referrer_id, accepted_at DESC, invitee_id DESC);
  CREATE INDEX referrals_by_campaign ON referrals (tenant_id, campaign_id, accepted_at DESC, invitee_id DESC);
  CREATE TABLE referrer_flags (
    tenant_id text NOT NULL,
    campaign_id text NOT NULL,
    referrer_id text NOT NULL,
    reason text NOT NULL,
    invites_in_window integer NOT NULL,
    window_minutes integer NOT NULL,
    status text NOT NULL CHECK (status IN ('flagged', 'cleared', 'confirmed')),
    review_note text,
    reviewed_by text,
    reviewed_at timestamptz,
    flagged_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, campaign_id, referrer_id)
  );
  CREATE INDEX referrer_flags_newest ON referrer_flags (tenant_id, status, flagged_at DESC, referrer_id DESC);
  CREATE TABLE referral_known_members (
    tenant_id text NOT NULL,
    member_id text NOT NULL,
    first_known_at timestamptz NOT NULL,
    merged_into text,
    PRIMARY KEY (tenant_id, member_id)
  );
  CREATE TABLE referral_known_identities (
    tenant_id text NOT NULL,
    identity_id text NOT NULL,
    member_id text NOT NULL,
    linked_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, identity_id)
  );
  CREATE INDEX referral_known_identities_by_member ON referral_known_identities (tenant_id, member_id)`;

// An erasure deletes the member's identities from the replica, and those it brought to a survivor
// by a merge (as members does); the erased mark lets a late merge event not bring them back.
const identityErasureSql = `
  ALTER TABLE referral_known_identities ADD COLUMN brought_by text;
  ALTER TABLE referral_known_members ADD COLUMN erased_at timestamptz`;

export const referralMigrations: Migration[] = [sqlMigration('campaigns/0020-referrals', referralsSql), sqlMigration('campaigns/0020-referrals-identity-erasure', identityErasureSql)];
