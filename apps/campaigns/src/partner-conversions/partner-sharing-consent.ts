import { MemberConsentGrantedV1, MemberConsentRevokedV1, MemberErasedV1, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';

/** Where the feed keeps partner-sharing consent: its own table, so it never waits on another read model. */
export interface PartnerSharingConsent {
  /** Folds a members event into what the feed knows of consent; other events change nothing. */
  follow(client: PoolClient, event: EventEnvelope): Promise<void>;
  grantedBy(client: PoolClient, tenantId: string, memberId: string): Promise<boolean>;
}

/** What a members event says about partner-sharing consent: granted, withdrawn (an erasure too), or nothing. */
export function partnerSharingConsentChange(event: EventEnvelope): { memberId: string; granted: boolean } | undefined {
  const data = event.data as { memberId: string; purpose?: string };
  if (event.type === MemberErasedV1.type) return { memberId: data.memberId, granted: false };
  if (data.purpose !== 'partner_sharing') return undefined;
  if (event.type === MemberConsentGrantedV1.type) return { memberId: data.memberId, granted: true };
  if (event.type === MemberConsentRevokedV1.type) return { memberId: data.memberId, granted: false };
  return undefined;
}

/** Partner-sharing consent in member-stream order, as the members service's events arrive. */
export const partnerSharingConsentTable: PartnerSharingConsent = {
  async follow(client, event) {
    const change = partnerSharingConsentChange(event);
    if (!change) return;
    await client.query(
      `INSERT INTO partner_conversions_consents (tenant_id, member_id, granted) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, member_id) DO UPDATE SET granted = EXCLUDED.granted`,
      [event.tenantid, change.memberId, change.granted],
    );
  },
  async grantedBy(client, tenantId, memberId) {
    const { rows } = await client.query<{ granted: boolean }>('SELECT granted FROM partner_conversions_consents WHERE tenant_id = $1 AND member_id = $2', [tenantId, memberId]);
    return rows[0]?.granted ?? false;
  },
};
