import type { Pool } from 'pg';
import type { CampaignFact } from '../projections/campaign-facts';
import type { ContentFact } from '../projections/content-facts';
import type { ChurnRiskStatus } from '../projections/member-facts';
import type { ModerationFact } from '../projections/moderation-facts';
import type { Day } from './calendar';
import type { ActiveCounts, ActivityBasis, CampaignFactRecord, CommunityStatusChange, ContentFactRecord, HourlyInteractions, KpiFactSource, KpiScope, LifecycleChange, MemberDay, MembershipDelta, MembershipFacts, MembershipStatusChange, MemberMembershipChange, MergeFact, ModerationFactRecord, PointsDelta } from './kpi-facts';
import { canonicalMembers } from './members/canonical-members';

// $1 tenant, $2 community or null, $3 platform or null; `alias` is the projection table.
const scopeFilter = (alias: string) => `
  ${alias}.tenant_id = $1
  AND ($2::uuid IS NULL OR ${alias}.community_id = $2::uuid)
  AND ($3::text IS NULL OR ${alias}.community_id IN (
    SELECT community_id FROM analytics_communities WHERE tenant_id = $1 AND platform = $3::text))`;

const scopeParams = (scope: KpiScope) => [scope.tenantId, scope.communityId ?? null, scope.platform ?? null];

/** KPI facts read from the incremental projections, filtered to what was recorded by `asOf`. */
export class ProjectionFactSource implements KpiFactSource {
  constructor(private readonly pool: Pool) {}

  async membership(scope: KpiScope, from: Day, to: Day, asOf: Date): Promise<MembershipFacts> {
    const { rows } = await this.pool.query<{ day: Day | null; joined: number; departed: number }>(
      `SELECT CASE WHEN m.day < $5::date THEN NULL ELSE to_char(m.day, 'YYYY-MM-DD') END AS day,
              sum(m.joined)::int AS joined, sum(m.departed)::int AS departed
         FROM membership_daily m
        WHERE ${scopeFilter('m')} AND m.recorded_at <= $4 AND m.day <= $6::date
        GROUP BY 1`,
      [...scopeParams(scope), asOf, from, to],
    );
    const byDay = new Map<Day, MembershipDelta>();
    let opening = 0;
    for (const row of rows) {
      if (row.day === null) opening = row.joined - row.departed;
      else byDay.set(row.day, { joined: row.joined, departed: row.departed });
    }
    return { opening, byDay };
  }

  async activeMembers(scope: KpiScope, endDays: readonly Day[], windowDays: number, asOf: Date): Promise<ReadonlyMap<Day, ActiveCounts>> {
    const canonical = canonicalMembers(await this.memberMerges(scope.tenantId), asOf);
    const { rows } = await this.pool.query<{ end_day: Day; members: number; member_days: number }>(
      `SELECT to_char(p.end_day, 'YYYY-MM-DD') AS end_day,
              count(DISTINCT coalesce(merged.canonical, d.member_id))::int AS members,
              count(DISTINCT d.day::text || ':' || coalesce(merged.canonical, d.member_id)::text)::int AS member_days
         FROM unnest($4::date[]) AS p(end_day)
         LEFT JOIN (daily_active_members d
                    LEFT JOIN unnest($7::uuid[], $8::uuid[]) AS merged(duplicate, canonical) ON merged.duplicate = d.member_id)
           ON ${scopeFilter('d')}
          AND d.day BETWEEN p.end_day - ($5::int - 1) AND p.end_day
          AND d.first_recorded_at <= $6
        GROUP BY p.end_day`,
      [...scopeParams(scope), endDays, windowDays, asOf, [...canonical.keys()], [...canonical.values()]],
    );
    return new Map(rows.map((row) => [row.end_day, { members: row.members, memberDays: row.member_days }]));
  }

  async memberMerges(tenantId: string): Promise<MergeFact[]> {
    const { rows } = await this.pool.query<{ merge_id: string; duplicate_member_id: string; survivor_member_id: string; merged_at: Date | null; unmerged_at: Date | null }>(
      'SELECT merge_id, duplicate_member_id, survivor_member_id, merged_at, unmerged_at FROM member_merges WHERE tenant_id = $1',
      [tenantId],
    );
    return rows.map((row) => ({
      mergeId: row.merge_id,
      duplicateMemberId: row.duplicate_member_id,
      survivorMemberId: row.survivor_member_id,
      mergedAt: row.merged_at,
      unmergedAt: row.unmerged_at,
    }));
  }

  async membershipChanges(scope: KpiScope, to: Day, asOf: Date, memberIds?: readonly string[]): Promise<MemberMembershipChange[]> {
    const { rows } = await this.pool.query<{ community_id: string; member_id: string; day: Day; delta: 1 | -1 }>(
      `SELECT c.community_id, c.member_id, to_char(c.day, 'YYYY-MM-DD') AS day, c.delta
         FROM member_membership_changes c
        WHERE ${scopeFilter('c')} AND c.recorded_at <= $4 AND c.day <= $5::date
          AND ($6::uuid[] IS NULL OR c.member_id = ANY($6::uuid[]))`,
      [...scopeParams(scope), asOf, to, memberIds ?? null],
    );
    return rows.map((row) => ({ communityId: row.community_id, memberId: row.member_id, day: row.day, delta: row.delta }));
  }

  async activeDays(scope: KpiScope, basis: ActivityBasis, from: Day, to: Day, asOf: Date, memberIds?: readonly string[]): Promise<MemberDay[]> {
    const table = basis === 'qualifying' ? 'daily_active_members' : 'daily_visitors';
    const { rows } = await this.pool.query<{ member_id: string; day: Day }>(
      `SELECT DISTINCT a.member_id, to_char(a.day, 'YYYY-MM-DD') AS day
         FROM ${table} a
        WHERE ${scopeFilter('a')} AND a.first_recorded_at <= $4 AND a.day BETWEEN $5::date AND $6::date
          AND ($7::uuid[] IS NULL OR a.member_id = ANY($7::uuid[]))`,
      [...scopeParams(scope), asOf, from, to, memberIds ?? null],
    );
    return rows.map((row) => ({ memberId: row.member_id, day: row.day }));
  }

  async interactions(scope: KpiScope, from: Day, to: Day, asOf: Date): Promise<HourlyInteractions[]> {
    const { rows } = await this.pool.query<{ day: Day; hour: number; interactions: number }>(
      `SELECT to_char(i.day, 'YYYY-MM-DD') AS day, i.hour, sum(i.interactions)::int AS interactions
         FROM interaction_hourly i
        WHERE ${scopeFilter('i')} AND i.recorded_at <= $4 AND i.day BETWEEN $5::date AND $6::date
        GROUP BY i.day, i.hour`,
      [...scopeParams(scope), asOf, from, to],
    );
    return rows;
  }

  async churnRiskChanges(scope: KpiScope, asOf: Date): Promise<Array<MembershipStatusChange<ChurnRiskStatus>>> {
    const { rows } = await this.pool.query<{ event_id: string; community_id: string; member_id: string; occurred_at: Date; status: ChurnRiskStatus }>(
      `SELECT r.event_id, r.community_id, r.member_id, r.occurred_at, r.status
         FROM churn_risk_changes r
        WHERE ${scopeFilter('r')} AND r.recorded_at <= $4`,
      [...scopeParams(scope), asOf],
    );
    return rows.map((row) => ({ eventId: row.event_id, communityId: row.community_id, memberId: row.member_id, at: row.occurred_at, status: row.status }));
  }

  async lifecycleChanges(scope: KpiScope, asOf: Date): Promise<LifecycleChange[]> {
    const { rows } = await this.pool.query<{ event_id: string; community_id: string; member_id: string; occurred_at: Date; to_stage: string; cause: string }>(
      `SELECT l.event_id, l.community_id, l.member_id, l.occurred_at, l.to_stage, l.cause
         FROM lifecycle_stage_changes l
        WHERE ${scopeFilter('l')} AND l.recorded_at <= $4`,
      [...scopeParams(scope), asOf],
    );
    return rows.map((row) => ({
      eventId: row.event_id,
      communityId: row.community_id,
      memberId: row.member_id,
      at: row.occurred_at,
      status: row.to_stage,
      cause: row.cause,
    }));
  }

  async communityStatusChanges(scope: KpiScope, asOf: Date): Promise<CommunityStatusChange[]> {
    const { rows } = await this.pool.query<{ event_id: string; community_id: string; occurred_at: Date; status: CommunityStatusChange['status'] }>(
      `SELECT s.event_id, s.community_id, s.occurred_at, s.status
         FROM community_status_changes s
        WHERE ${scopeFilter('s')} AND s.recorded_at <= $4`,
      [...scopeParams(scope), asOf],
    );
    return rows.map((row) => ({ eventId: row.event_id, communityId: row.community_id, at: row.occurred_at, status: row.status }));
  }

  async points(tenantId: string, from: Day, to: Day, asOf: Date): Promise<ReadonlyMap<Day, PointsDelta>> {
    const { rows } = await this.pool.query<{ day: Day; issued: string; redeemed: string; expired: string }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(issued) AS issued, sum(redeemed) AS redeemed, sum(expired) AS expired
         FROM points_daily
        WHERE tenant_id = $1 AND recorded_at <= $2 AND day BETWEEN $3::date AND $4::date
        GROUP BY day`,
      [tenantId, asOf, from, to],
    );
    return new Map(rows.map((row) => [row.day, { issued: Number(row.issued), redeemed: Number(row.redeemed), expired: Number(row.expired) }]));
  }

  async moderationFacts<K extends ModerationFact['kind']>(scope: KpiScope, kind: K, asOf: Date): Promise<Array<ModerationFactRecord<K>>> {
    const { rows } = await this.pool.query<{ event_id: string; community_id: string | null; occurred_at: Date; fact: Extract<ModerationFact, { kind: K }> }>(
      `SELECT f.event_id, f.community_id, f.occurred_at, f.fact
         FROM moderation_facts f
        WHERE ${scopeFilter('f')} AND f.recorded_at <= $4 AND f.kind = $5
        ORDER BY f.occurred_at, f.event_id`,
      [...scopeParams(scope), asOf, kind],
    );
    return rows.map((row) => ({ ...row.fact, eventId: row.event_id, communityId: row.community_id, at: row.occurred_at }));
  }

  async campaignFacts(tenantId: string, asOf: Date): Promise<CampaignFactRecord[]> {
    const { rows } = await this.pool.query<{ event_id: string; campaign_id: string | null; occurred_at: Date; fact: CampaignFact }>(
      `SELECT event_id, campaign_id, occurred_at, fact FROM campaign_facts
        WHERE tenant_id = $1 AND recorded_at <= $2
        ORDER BY occurred_at, event_id`,
      [tenantId, asOf],
    );
    return rows.map((row) => ({ ...row.fact, eventId: row.event_id, campaignId: row.campaign_id, at: row.occurred_at }));
  }

  async contentFacts(tenantId: string, before: Date, asOf: Date): Promise<ContentFactRecord[]> {
    const { rows } = await this.pool.query<{ event_id: string; item_id: string; community_id: string | null; occurred_at: Date; fact: ContentFact }>(
      `SELECT event_id, item_id, community_id, occurred_at, fact FROM content_facts
        WHERE tenant_id = $1 AND occurred_at < $2 AND recorded_at <= $3
        ORDER BY occurred_at, event_id`,
      [tenantId, before, asOf],
    );
    return rows.map((row) => ({ ...row.fact, eventId: row.event_id, itemId: row.item_id, communityId: row.community_id, at: row.occurred_at }));
  }
}
