import { Inject, Injectable } from '@nestjs/common';
import { keysetPage, PG_POOL, type Connection, type PageRequest } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import type { CampaignTargeting } from '../eligibility/eligibility.rules';

export interface ParticipationRecord {
  id: string;
  campaignId: string;
  memberId: string;
  communityId: string;
  channel: string | null;
  referralCode: string | null;
  joinedAt: Date;
  checkIns: number;
  streak: number;
  longestStreak: number;
  lastCheckInDay: string | null;
  votedOptionId: string | null;
}

export interface RegistrationRecord {
  id: string;
  campaignId: string;
  memberId: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  seatNumber: number | null;
  waitlistPosition: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface RegistrationBookRecord {
  campaignId: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
  openedAt: Date;
}

export interface VoteTallyRecord {
  campaignId: string;
  totalVotes: number;
  options: Array<{ optionId: string; label: string; votes: number }>;
}

const participationColumns = `campaign_id || ':' || member_id AS id, campaign_id AS "campaignId", member_id AS "memberId", community_id AS "communityId", channel,
  referral_code AS "referralCode", joined_at AS "joinedAt", check_ins AS "checkIns", streak, longest_streak AS "longestStreak",
  to_char(last_check_in_day, 'YYYY-MM-DD') AS "lastCheckInDay", voted_option_id AS "votedOptionId"`;

// The place in line is counted, not stored: it moves up as those ahead are promoted or cancel.
const registrationColumns = `registration_id AS id, campaign_id AS "campaignId", member_id AS "memberId", status, seat_number AS "seatNumber",
  CASE WHEN status = 'waitlisted' THEN (SELECT count(*)::int FROM campaign_registrations w WHERE w.tenant_id = r.tenant_id AND w.campaign_id = r.campaign_id
    AND w.status = 'waitlisted' AND w.waitlist_sequence <= r.waitlist_sequence) END AS "waitlistPosition",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

@Injectable()
export class ParticipationQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async participation(tenantId: string, campaignId: string, memberId: string): Promise<ParticipationRecord | null> {
    const { rows } = await this.pool.query<ParticipationRecord>(`SELECT ${participationColumns} FROM campaign_participants WHERE tenant_id = $1 AND campaign_id = $2 AND member_id = $3`, [
      tenantId,
      campaignId,
      memberId,
    ]);
    return rows[0] ?? null;
  }

  /** A campaign's participants, or a member's participations, newest first. */
  participations(tenantId: string, filter: { campaignId?: string | null; memberId?: string | null }, page: PageRequest): Promise<Connection<ParticipationRecord>> {
    const byMember = !filter.campaignId && Boolean(filter.memberId);
    return keysetPage<ParticipationRecord>(
      this.pool,
      {
        from: 'campaign_participants p',
        columns: participationColumns,
        where: 'tenant_id = $1 AND ($2::text IS NULL OR campaign_id = $2) AND ($3::text IS NULL OR member_id = $3)',
        values: [tenantId, filter.campaignId ?? null, filter.memberId ?? null],
        time: 'joined_at',
        key: byMember ? 'campaign_id' : 'member_id',
      },
      page,
    );
  }

  /** Who a campaign is for; null for no such campaign. */
  async targeting(tenantId: string, campaignId: string): Promise<CampaignTargeting | null> {
    const { rows } = await this.pool.query<CampaignTargeting>(
      `SELECT community_ids AS "communityIds", plan->>'segmentId' AS "segmentId" FROM campaigns WHERE tenant_id = $1 AND campaign_id = $2`,
      [tenantId, campaignId],
    );
    return rows[0] ?? null;
  }

  async registration(tenantId: string, campaignId: string, memberId: string): Promise<RegistrationRecord | null> {
    const { rows } = await this.pool.query<RegistrationRecord>(
      `SELECT ${registrationColumns} FROM campaign_registrations r WHERE tenant_id = $1 AND campaign_id = $2 AND member_id = $3 ORDER BY created_at DESC LIMIT 1`,
      [tenantId, campaignId, memberId],
    );
    return rows[0] ?? null;
  }

  registrations(tenantId: string, campaignId: string, status: string | null, page: PageRequest): Promise<Connection<RegistrationRecord>> {
    return keysetPage<RegistrationRecord>(
      this.pool,
      {
        from: 'campaign_registrations r',
        columns: registrationColumns,
        where: 'tenant_id = $1 AND campaign_id = $2 AND ($3::text IS NULL OR status = $3)',
        values: [tenantId, campaignId, status],
        time: 'created_at',
        key: 'registration_id',
      },
      page,
    );
  }

  async registrationBook(tenantId: string, campaignId: string): Promise<RegistrationBookRecord | null> {
    const { rows } = await this.pool.query<RegistrationBookRecord>(
      `SELECT campaign_id AS "campaignId", capacity, confirmed, waitlisted, opened_at AS "openedAt" FROM campaign_registration_books WHERE tenant_id = $1 AND campaign_id = $2`,
      [tenantId, campaignId],
    );
    return rows[0] ?? null;
  }

  /** The ballot's options in their order with their votes; null for a campaign without a ballot. */
  async voteTally(tenantId: string, campaignId: string): Promise<VoteTallyRecord | null> {
    const { rows } = await this.pool.query<{ optionId: string; label: string; votes: number }>(
      'SELECT option_id AS "optionId", label, votes FROM campaign_ballot_options WHERE tenant_id = $1 AND campaign_id = $2 ORDER BY position',
      [tenantId, campaignId],
    );
    if (!rows.length) return null;
    return { campaignId, totalVotes: rows.reduce((sum, row) => sum + row.votes, 0), options: rows };
  }
}
