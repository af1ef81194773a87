/** `segments`, their members and history, `member_last_activity`: part of members/0007-tags-and-segments. */
export const segmentTablesSql = `
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

`;

/** Profile facets and the segment lifecycle columns: part of members/0008-profiles-and-segment-lifecycle. */
export const segmentLifecycleSql = `
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

`;
