import { sqlMigration, type Migration } from '@groundswell/service-kit';

export const partnerConversionsMigrations: Migration[] = [
  sqlMigration(
    'campaigns/partner-conversions/0001-consents',
    `
    -- The partner feed's own view of partner-sharing consent, followed from the members service's
    -- member stream: a member's campaign joins and rewards reach partners only while it is granted.
    CREATE TABLE partner_conversions_consents (
      tenant_id text    NOT NULL,
      member_id text    NOT NULL,
      granted   boolean NOT NULL,
      PRIMARY KEY (tenant_id, member_id)
    );
    `,
  ),
];
