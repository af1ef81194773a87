import { sqlMigration } from '@groundswell/service-kit';

/** `members`, `memberships`, `member_identities`, `member_identity_index`: part of members/0002-read-models. */
export const memberTablesSql = `
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


`;

export const identityKeyHolderMigration = sqlMigration(
  'members/0005-identity-key-holder',
  `
  -- A merge moves identities to the survivor, but they stay encrypted under the key (and the
  -- associated data) of the member who first held them.
  ALTER TABLE member_identities ADD COLUMN sealed_by uuid;
  UPDATE member_identities SET sealed_by = member_id;
  ALTER TABLE member_identities ALTER COLUMN sealed_by SET NOT NULL;

`,
);

/** The member's profile column: part of members/0008-profiles-and-segment-lifecycle. */
export const memberProfileSql = `
  -- The member's profile, each field still encrypted under the member's key (revealed per caller).
  ALTER TABLE members ADD COLUMN profile jsonb NOT NULL DEFAULT '{}'::jsonb;


`;
