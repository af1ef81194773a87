import { sqlMigration, type Migration } from '@groundswell/service-kit';
import { dataKeysMigrationSql } from '../privacy/personal-data-vault';

/** Query tables of the members service, updated inline with each append (DESIGN §4). */
export const readModelMigrations: Migration[] = [
  sqlMigration('members/0001-data-keys', dataKeysMigrationSql),
  sqlMigration(
    'members/0002-read-models',
    `
    CREATE TABLE communities (
      tenant_id    text        NOT NULL,
      community_id uuid        NOT NULL,
      name         text        NOT NULL,
      platform     text        NOT NULL,
      external_id  text,
      status       text        NOT NULL,
      stage        text        NOT NULL,
      member_count integer     NOT NULL DEFAULT 0,
      created_at   timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, community_id)
    );
    CREATE UNIQUE INDEX communities_external_id ON communities (tenant_id, platform, external_id) WHERE external_id IS NOT NULL;

    CREATE TABLE members (
      tenant_id     text        NOT NULL,
      member_id     uuid        NOT NULL,
      key_id        text        NOT NULL,
      status        text        NOT NULL,
      display_name  jsonb,
      registered_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, member_id)
    );

    CREATE TABLE memberships (
      tenant_id    text        NOT NULL,
      community_id uuid        NOT NULL,
      member_id    uuid        NOT NULL,
      status       text        NOT NULL,
      channel      text        NOT NULL,
      joined_at    timestamptz NOT NULL,
      left_at      timestamptz,
      PRIMARY KEY (tenant_id, community_id, member_id)
    );
    -- Keyset pagination of a community's members: (joined_at, member_id).
    CREATE INDEX memberships_by_join ON memberships (tenant_id, community_id, status, joined_at, member_id);

    CREATE TABLE member_identities (
      tenant_id   text    NOT NULL,
      identity_id uuid    NOT NULL,
      member_id   uuid    NOT NULL,
      kind        text    NOT NULL,
      scope       text,
      value       jsonb   NOT NULL,
      verified    boolean NOT NULL,
      PRIMARY KEY (tenant_id, identity_id)
    );
    CREATE INDEX member_identities_by_member ON member_identities (tenant_id, member_id);

    -- Blind index: a keyed hash of (kind, scope, normalised value) finds the member without the value in the clear.
    CREATE TABLE member_identity_index (
      tenant_id   text  NOT NULL,
      lookup_hash bytea NOT NULL,
      identity_id uuid  NOT NULL,
      member_id   uuid  NOT NULL,
      PRIMARY KEY (tenant_id, lookup_hash)
    );

    CREATE TABLE member_consents (
      tenant_id      text        NOT NULL,
      member_id      uuid        NOT NULL,
      purpose        text        NOT NULL,
      granted        boolean     NOT NULL,
      decided_at     timestamptz NOT NULL,
      policy_version text        NOT NULL,
      PRIMARY KEY (tenant_id, member_id, purpose)
    );
    `,
  ),
  sqlMigration(
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
  ),
  sqlMigration(
    'members/0004-points-and-catalogue',
    `
    CREATE TABLE points_accounts (
      tenant_id       text        NOT NULL,
      member_id       uuid        NOT NULL,
      balance         integer     NOT NULL,
      lifetime_earned integer     NOT NULL,
      level           text,
      updated_at      timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, member_id)
    );

    -- The balance after each movement, so a consumer reading an old event sees the balance of that moment.
    CREATE TABLE points_ledger (
      tenant_id      text        NOT NULL,
      member_id      uuid        NOT NULL,
      stream_version integer     NOT NULL,
      event_type     text        NOT NULL,
      delta          integer     NOT NULL,
      balance_after  integer     NOT NULL,
      occurred_at    timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, member_id, stream_version)
    );

    CREATE TABLE catalogue_items (
      tenant_id    text        NOT NULL,
      item_id      uuid        NOT NULL,
      community_id uuid,
      name         text        NOT NULL,
      kind         text        NOT NULL,
      cost         integer     NOT NULL,
      stock        integer     NOT NULL,
      withdrawn    boolean     NOT NULL DEFAULT false,
      added_at     timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, item_id)
    );
    -- Keyset pagination of the catalogue: (added_at, item_id).
    CREATE INDEX catalogue_items_by_added ON catalogue_items (tenant_id, added_at, item_id);
    `,
  ),
  sqlMigration(
    'members/0005-identity-key-holder',
    `
    -- A merge moves identities to the survivor, but they stay encrypted under the key (and the
    -- associated data) of the member who first held them.
    ALTER TABLE member_identities ADD COLUMN sealed_by uuid;
    UPDATE member_identities SET sealed_by = member_id;
    ALTER TABLE member_identities ALTER COLUMN sealed_by SET NOT NULL;
    `,
  ),
  sqlMigration(
    'members/0006-membership-stage',
    `
    ALTER TABLE memberships ADD COLUMN stage text NOT NULL DEFAULT 'new';
    CREATE INDEX memberships_by_stage ON memberships (tenant_id, community_id, stage);
    `,
  ),
  sqlMigration(
    'members/0007-tags-and-segments',
    `
    CREATE TABLE tags (
      tenant_id    text        NOT NULL,
      tag_id       uuid        NOT NULL,
      name         text        NOT NULL,
      category     text        NOT NULL,
      mode         text        NOT NULL,
      rule         jsonb,
      retired      boolean     NOT NULL DEFAULT false,
      defined_at   timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, tag_id)
    );
    -- Written by the defineTag use case: TagDefined.v1 carries no key, so the key lives beside the stream.
    CREATE TABLE tag_keys (
      tenant_id text NOT NULL,
      key       text NOT NULL,
      tag_id    uuid NOT NULL,
      PRIMARY KEY (tenant_id, key)
    );
    CREATE UNIQUE INDEX tag_keys_by_tag ON tag_keys (tenant_id, tag_id);

    CREATE TABLE member_tags (
      tenant_id text        NOT NULL,
      member_id uuid        NOT NULL,
      tag_id    uuid        NOT NULL,
      source    text        NOT NULL,
      tagged_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, member_id, tag_id)
    );
    CREATE INDEX member_tags_by_tag ON member_tags (tenant_id, tag_id);

    CREATE TABLE segments (
      tenant_id    text        NOT NULL,
      segment_id   uuid        NOT NULL,
      community_id uuid        NOT NULL,
      name         text        NOT NULL,
      filter       jsonb       NOT NULL,
      created_at   timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, segment_id)
    );
    CREATE INDEX segments_by_community ON segments (tenant_id, community_id);

    -- Keyset pagination of a segment's members: (entered_at, member_id).
    CREATE TABLE segment_members (
      tenant_id  text        NOT NULL,
      segment_id uuid        NOT NULL,
      member_id  uuid        NOT NULL,
      entered_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, segment_id, member_id)
    );
    CREATE INDEX segment_members_by_entry ON segment_members (tenant_id, segment_id, entered_at, member_id);
    CREATE INDEX segment_members_by_member ON segment_members (tenant_id, member_id);

    CREATE TABLE segment_membership_changes (
      tenant_id       text        NOT NULL,
      segment_id      uuid        NOT NULL,
      member_id       uuid        NOT NULL,
      change          text        NOT NULL CHECK (change IN ('entered', 'left')),
      changed_at      timestamptz NOT NULL,
      cause_event_id  uuid,
      position        bigserial   PRIMARY KEY
    );
    CREATE INDEX segment_membership_changes_by_member ON segment_membership_changes (tenant_id, segment_id, member_id, position);

    -- Kept by the segments consumer from the activity topic, for the "active since" filter.
    CREATE TABLE member_last_activity (
      tenant_id      text        NOT NULL,
      community_id   uuid        NOT NULL,
      member_id      uuid        NOT NULL,
      last_active_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, community_id, member_id)
    );
    `,
  ),
  sqlMigration(
    'members/0008-profiles-and-segment-lifecycle',
    `
    -- The member's profile, each field still encrypted under the member's key (revealed per caller).
    ALTER TABLE members ADD COLUMN profile jsonb NOT NULL DEFAULT '{}'::jsonb;

    -- The profile facets segments filter on, decrypted by the segments consumer; deleted on erasure.
    CREATE TABLE member_profile_facets (
      tenant_id text   NOT NULL,
      member_id uuid   NOT NULL,
      age_band  text,
      gender    text,
      region    text,
      interests text[] NOT NULL DEFAULT '{}',
      PRIMARY KEY (tenant_id, member_id)
    );

    -- A deleted segment is archived: its members leave, its history stays.
    ALTER TABLE segments ADD COLUMN archived_at timestamptz;
    -- Why a member moved when no event caused it: the segment changed, or time passed.
    ALTER TABLE segment_membership_changes ADD COLUMN cause text;
    `,
  ),
  sqlMigration(
    'members/0009-member-activity-daily',
    `
    -- Activity per member, community, UTC day and kind: what lifecycle and churn-risk summaries read,
    -- instead of scanning event JSONB. Written inline with each activity append.
    CREATE TABLE member_activity_daily (
      tenant_id    text        NOT NULL,
      community_id uuid        NOT NULL,
      member_id    uuid        NOT NULL,
      day          date        NOT NULL,
      kind         text        NOT NULL,
      count        integer     NOT NULL,
      last_at      timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, community_id, member_id, day, kind)
    );
    INSERT INTO member_activity_daily (tenant_id, community_id, member_id, day, kind, count, last_at)
    SELECT tenant_id, (data->>'communityId')::uuid, (data->>'memberId')::uuid, (occurred_at AT TIME ZONE 'UTC')::date,
           data->>'kind', count(*), max(occurred_at)
    FROM events WHERE stream_type = 'activity'
    GROUP BY 1, 2, 3, 4, 5;
    `,
  ),
  sqlMigration(
    'members/0010-points-programme',
    `
    -- A tenant's points programme: expiry policy and growth level table (from the points-programme stream).
    CREATE TABLE points_programmes (
      tenant_id     text        NOT NULL PRIMARY KEY,
      expiry_policy jsonb,
      level_table   jsonb,
      updated_at    timestamptz NOT NULL
    );
    CREATE TABLE badge_definitions (
      tenant_id   text        NOT NULL,
      badge_id    text        NOT NULL,
      name        text        NOT NULL,
      description text,
      defined_at  timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, badge_id)
    );
    CREATE TABLE member_badges (
      tenant_id  text        NOT NULL,
      member_id  uuid        NOT NULL,
      badge_id   text        NOT NULL,
      reason     text,
      awarded_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, member_id, badge_id)
    );
    -- Lots with an expiry date, so the expiry job finds the accounts it has work on without reading
    -- every stream; a row goes once the job has expired whatever was left of the lot.
    CREATE TABLE points_lot_expiries (
      tenant_id  text        NOT NULL,
      member_id  uuid        NOT NULL,
      lot_ref    text        NOT NULL,
      expires_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, member_id, lot_ref)
    );
    CREATE INDEX points_lot_expiries_due ON points_lot_expiries (expires_at);
    INSERT INTO points_lot_expiries (tenant_id, member_id, lot_ref, expires_at)
    SELECT tenant_id, (data->>'memberId')::uuid,
           CASE WHEN event_type LIKE '%PointsEarned%' THEN 'earned:' || (data->>'sourceRef') ELSE 'adjusted:' || (data->>'adjustmentId') END,
           (data->>'expiresAt')::timestamptz
    FROM events
    WHERE stream_type = 'points' AND data ? 'expiresAt'
      AND (event_type LIKE '%PointsEarned%' OR (event_type LIKE '%PointsAdjusted%' AND (data->>'delta')::int > 0))
    ON CONFLICT DO NOTHING;
    `,
  ),
  sqlMigration(
    'members/0011-churn-risk',
    `
    CREATE TABLE member_churn_risk (
      tenant_id     text             NOT NULL,
      community_id  uuid             NOT NULL,
      member_id     uuid             NOT NULL,
      score         double precision NOT NULL,
      band          text             NOT NULL,
      model_version text             NOT NULL,
      assessed_at   timestamptz      NOT NULL,
      confirmed     boolean,
      reviewed_by   text,
      reviewed_at   timestamptz,
      note          jsonb,
      PRIMARY KEY (tenant_id, community_id, member_id)
    );
    CREATE INDEX member_churn_risk_by_band ON member_churn_risk (tenant_id, community_id, band);
    `,
  ),
  sqlMigration(
    'members/0012-membership-evaluations',
    `
    -- The oldest transaction still running when the last automatic evaluation of a membership began:
    -- activity appended by an older transaction was already counted, so a burst is evaluated once.
    CREATE TABLE membership_evaluations (
      tenant_id     text NOT NULL,
      community_id  uuid NOT NULL,
      member_id     uuid NOT NULL,
      snapshot_xmin xid8 NOT NULL,
      PRIMARY KEY (tenant_id, community_id, member_id)
    );
    `,
  ),
];
