import { Inject, Injectable } from '@nestjs/common';
import { keysetPage, PG_POOL, type Connection, type PageRequest } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import type { ReferralProgrammeRules } from './referral.events';

export interface ReferrerRecord {
  campaignId: string;
  memberId: string;
  code: string;
  invites: number;
  qualifiedInvites: number;
  issuedAt: Date;
  flag: string;
}

export interface ReferralRecord {
  campaignId: string;
  referrerId: string;
  inviteeId: string;
  qualified: boolean;
  disqualification: string | null;
  acceptedAt: Date;
}

export interface ReferrerFlagRecord {
  campaignId: string;
  referrerId: string;
  reason: string;
  invitesInWindow: number;
  windowMinutes: number;
  status: string;
  reviewNote: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  flaggedAt: Date;
}

const referralColumns = `campaign_id AS "campaignId", referrer_id AS "referrerId", invitee_id AS "inviteeId", qualified, disqualification, accepted_at AS "acceptedAt"`;
const flagColumns = `campaign_id AS "campaignId", referrer_id AS "referrerId", reason, invites_in_window AS "invitesInWindow", window_minutes AS "windowMinutes", status,
  review_note AS "reviewNote", reviewed_by AS "reviewedBy", reviewed_at AS "reviewedAt", flagged_at AS "flaggedAt"`;

@Injectable()
export class ReferralQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async programme(tenantId: string, campaignId: string): Promise<(ReferralProgrammeRules & { campaignId: string; configuredAt: Date }) | null> {
    const { rows } = await this.pool.query<{ rules: ReferralProgrammeRules; configuredAt: Date }>('SELECT rules, configured_at AS "configuredAt" FROM referral_programmes WHERE tenant_id = $1 AND campaign_id = $2', [
      tenantId,
      campaignId,
    ]);
    return rows[0] ? { campaignId, ...rows[0].rules, configuredAt: rows[0].configuredAt } : null;
  }

  async referrer(tenantId: string, campaignId: string, memberId: string): Promise<ReferrerRecord | null> {
    const { rows } = await this.pool.query<ReferrerRecord>(
      `SELECT c.campaign_id AS "campaignId", c.referrer_id AS "memberId", c.code, c.invites, c.qualified_invites AS "qualifiedInvites", c.issued_at AS "issuedAt", coalesce(f.status, 'none') AS flag
       FROM referral_codes c LEFT JOIN referrer_flags f USING (tenant_id, campaign_id, referrer_id)
       WHERE c.tenant_id = $1 AND c.campaign_id = $2 AND c.referrer_id = $3`,
      [tenantId, campaignId, memberId],
    );
    return rows[0] ?? null;
  }

  async referral(tenantId: string, campaignId: string, inviteeId: string): Promise<ReferralRecord | null> {
    const { rows } = await this.pool.query<ReferralRecord>(`SELECT ${referralColumns} FROM referrals WHERE tenant_id = $1 AND campaign_id = $2 AND invitee_id = $3`, [tenantId, campaignId, inviteeId]);
    return rows[0] ?? null;
  }

  /** The invite tree of a campaign as its edges (who invited whom), newest first; or one referrer's invitees. */
  referrals(tenantId: string, campaignId: string, referrerId: string | null, page: PageRequest): Promise<Connection<ReferralRecord>> {
    return keysetPage<ReferralRecord>(
      this.pool,
      { columns: referralColumns, from: 'referrals', where: 'tenant_id = $1 AND campaign_id = $2 AND ($3::text IS NULL OR referrer_id = $3)', values: [tenantId, campaignId, referrerId], time: 'accepted_at', key: 'invitee_id' },
      page,
    );
  }

  /** Referrers flagged for review, newest first; by default those still awaiting it. */
  flags(tenantId: string, filter: { campaignId?: string | null; status?: string | null }, page: PageRequest): Promise<Connection<ReferrerFlagRecord>> {
    return keysetPage<ReferrerFlagRecord>(
      this.pool,
      {
        columns: flagColumns,
        from: 'referrer_flags',
        where: 'tenant_id = $1 AND status = $2 AND ($3::text IS NULL OR campaign_id = $3)',
        values: [tenantId, filter.status ?? 'flagged', filter.campaignId ?? null],
        time: 'flagged_at',
        key: "campaign_id || ':' || referrer_id",
      },
      page,
    );
  }
}
