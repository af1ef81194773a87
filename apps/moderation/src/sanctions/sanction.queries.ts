import { Inject, Injectable } from '@nestjs/common';
import type { Queryable } from '@groundswell/event-store';
import type { SanctionKind } from '@groundswell/events';
import { keysetPage, PG_POOL, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { defaultEscalationPolicy, type EscalationPolicy } from './escalation-policy/escalation-policy';

export interface SanctionRecordRow {
  id: string;
  memberId: string;
  kind: SanctionKind;
  communityId: string | null;
  contentId: string | null;
  durationMinutes: number | null;
  expiresAt: Date | null;
  ruleId: string;
  reason: string;
  notice: string;
  appliedByKind: 'operator' | 'member' | 'system';
  appliedById: string;
  appliedAt: Date;
  caseId: string | null;
  escalationPolicyVersion: number | null;
  status: 'active' | 'lifted' | 'expired';
  liftedAt: Date | null;
  liftedBy: string | null;
  liftReason: string | null;
  appealId: string | null;
}

export interface SanctionFilter {
  memberId?: string;
  communityId?: string;
  status?: SanctionRecordRow['status'];
}

const columns = `sanction_id AS id, member_id AS "memberId", kind, community_id AS "communityId", content_id AS "contentId",
  duration_minutes AS "durationMinutes", expires_at AS "expiresAt", rule_id AS "ruleId", reason, notice, applied_by_kind AS "appliedByKind",
  applied_by_id AS "appliedById", applied_at AS "appliedAt", case_id AS "caseId", escalation_policy_version AS "escalationPolicyVersion", status,
  lifted_at AS "liftedAt", lifted_by AS "liftedBy", lift_reason AS "liftReason", appeal_id AS "appealId"`;

/** The member a sanction belongs to, which names its stream; null for a sanction the tenant never applied. */
export async function memberOfSanction(db: Queryable, tenantId: string, sanctionId: string): Promise<string | null> {
  const { rows } = await db.query<{ memberId: string }>('SELECT member_id AS "memberId" FROM moderation_sanctions WHERE tenant_id = $1 AND sanction_id::text = $2', [tenantId, sanctionId]);
  return rows[0]?.memberId ?? null;
}

@Injectable()
export class SanctionQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async sanction(tenantId: string, sanctionId: string): Promise<SanctionRecordRow | null> {
    const { rows } = await this.pool.query<SanctionRecordRow>(`SELECT ${columns} FROM moderation_sanctions WHERE tenant_id = $1 AND sanction_id::text = $2`, [tenantId, sanctionId]);
    return rows[0] ?? null;
  }

  /** Newest first, optionally one member's, one community's or those with one status. */
  sanctions(tenantId: string, filter: SanctionFilter | null = null, first?: number, after?: string): Promise<Connection<SanctionRecordRow>> {
    const conditions = `tenant_id = $1 AND ($2::text IS NULL OR member_id::text = $2) AND ($3::text IS NULL OR community_id::text = $3) AND ($4::text IS NULL OR status = $4)`;
    const given = filter ?? {};
    const parameters = [tenantId, given.memberId ?? null, given.communityId ?? null, given.status ?? null];
    return keysetPage(this.pool, { from: 'moderation_sanctions', columns, where: conditions, values: parameters, time: 'applied_at', key: 'sanction_id', keyKind: 'uuid' }, { first, after });
  }

  async escalationPolicy(tenantId: string): Promise<EscalationPolicy> {
    const { rows } = await this.pool.query<EscalationPolicy>('SELECT version, steps FROM moderation_escalation_policies WHERE tenant_id = $1', [tenantId]);
    return rows[0] ?? defaultEscalationPolicy;
  }

  /** Members with a mute in force past its end at `now`, across tenants: the scheduler's work list. */
  async membersWithMutesDue(now: Date, limit = 500): Promise<Array<{ tenantId: string; memberId: string }>> {
    const { rows } = await this.pool.query<{ tenantId: string; memberId: string }>(
      `SELECT DISTINCT tenant_id AS "tenantId", member_id AS "memberId" FROM moderation_sanctions
       WHERE kind = 'mute' AND status = 'active' AND expires_at <= $1 LIMIT $2`,
      [now, limit],
    );
    return rows;
  }
}
