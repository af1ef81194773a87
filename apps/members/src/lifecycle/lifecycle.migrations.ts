import { sqlMigration } from '@groundswell/service-kit';

export const membershipStageMigration = sqlMigration(
  'members/0006-membership-stage',
  `
  ALTER TABLE memberships ADD COLUMN stage text NOT NULL DEFAULT 'new';
  CREATE INDEX memberships_by_stage ON memberships (tenant_id, community_id, stage);

`,
);

export const memberActivityDailyMigration = sqlMigration(
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
);

export const membershipEvaluationsMigration = sqlMigration(
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
);
