import { Injectable } from '@nestjs/common';
import type { PointsExpiryPolicy } from '../expiry-policy';
import { MembersContext } from '../../shared/members-context';

export interface PointsProgrammeRow {
  expiryPolicy: PointsExpiryPolicy;
  levelTableVersion: number | null;
  levels: { level: string; minGrowth: number }[];
  badges: { badgeId: string; name: string; description: string | null }[];
}

export interface MemberBadgeRow {
  badgeId: string;
  name: string;
  reason: string | null;
  awardedAt: Date;
}

/** Read side of the points programme and of members' badges, scoped to the tenant given first. */
@Injectable()
export class ProgrammeQueries {
  constructor(private readonly context: MembersContext) {}

  async programme(tenantId: string): Promise<PointsProgrammeRow> {
    const { rows } = await this.context.pool.query<{ expiry_policy: PointsExpiryPolicy | null; level_table: { version: number; levels: PointsProgrammeRow['levels'] } | null }>(
      'SELECT expiry_policy, level_table FROM points_programmes WHERE tenant_id = $1',
      [tenantId],
    );
    const badges = await this.context.pool.query<PointsProgrammeRow['badges'][number]>(
      'SELECT badge_id AS "badgeId", name, description FROM badge_definitions WHERE tenant_id = $1 ORDER BY badge_id',
      [tenantId],
    );
    const row = rows[0];
    return {
      expiryPolicy: row?.expiry_policy ?? { kind: 'never' },
      levelTableVersion: row?.level_table?.version ?? null,
      levels: row?.level_table?.levels ?? [],
      badges: badges.rows,
    };
  }

  async memberBadges(tenantId: string, memberId: string): Promise<MemberBadgeRow[]> {
    const { rows } = await this.context.pool.query<MemberBadgeRow>(
      `SELECT b.badge_id AS "badgeId", coalesce(d.name, b.badge_id) AS name, b.reason, b.awarded_at AS "awardedAt"
       FROM member_badges b LEFT JOIN badge_definitions d ON d.tenant_id = b.tenant_id AND d.badge_id = b.badge_id
       WHERE b.tenant_id = $1 AND b.member_id = $2 ORDER BY b.awarded_at, b.badge_id`,
      [tenantId, memberId],
    );
    return rows;
  }
}
