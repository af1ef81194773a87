import { defineProjection, EventStore } from '@groundswell/event-store';
import type { Pool } from 'pg';
import { partnerCredentialEventTypes, type PartnerCredentialEvent } from './partner-credential.events';

/** `partner_credentials`: one row per credential, what it reaches and when it was revoked. */
export const partnerCredentialsProjection = defineProjection<PartnerCredentialEvent>('partner_credentials', {
  [partnerCredentialEventTypes.issued]: (client, { tenantId, data, occurredAt }) =>
    client.query(
      `INSERT INTO partner_credentials (credential_id, tenant_id, partner, username, mechanism, topic_prefix, group_prefix, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [data.credentialId, tenantId, data.partner, data.username, data.mechanism, data.topicPrefix, data.groupPrefix, occurredAt, data.issuedBy],
    ),
  [partnerCredentialEventTypes.revoked]: (client, { tenantId, data, occurredAt }) =>
    client.query('UPDATE partner_credentials SET revoked_at = $3, revoked_by = $4 WHERE credential_id = $1 AND tenant_id = $2', [
      data.credentialId,
      tenantId,
      occurredAt,
      data.revokedBy,
    ]),
});

export const partnerCredentialsEventStore = (pool: Pool) => new EventStore(pool, { 'partner-credential': [partnerCredentialsProjection] });
