import { sqlMigration } from '@groundswell/service-kit';

export const pointsAndCatalogueMigration = sqlMigration(
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
);

export const pointsProgrammeMigration = sqlMigration(
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
);
