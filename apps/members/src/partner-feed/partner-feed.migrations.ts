import { sqlMigration, type Migration } from '@groundswell/service-kit';

export const partnerFeedMigrations: Migration[] = [
  sqlMigration(
    'members/partner-feed/0001-consents',
    `
    -- The feed's own view of partner-sharing consent, built from the member stream in stream order,
    -- so each event is judged by the consent in force when it happened, not when it is handled.
    CREATE TABLE partner_feed_consents (
      tenant_id text    NOT NULL,
      member_id uuid    NOT NULL,
      granted   boolean NOT NULL,
      PRIMARY KEY (tenant_id, member_id)
    );
    `,
  ),
  sqlMigration(
    'members/partner-feed/0002-points',
    `
    -- The feed's own points balance per member, folded from the points events it handles, so a
    -- partner PointsEarned/PointsRedeemed never waits on (or dead-letters for) the points read model.
    CREATE TABLE partner_feed_points (
      tenant_id text   NOT NULL,
      member_id uuid   NOT NULL,
      balance   bigint NOT NULL,
      PRIMARY KEY (tenant_id, member_id)
    );
    `,
  ),
];
