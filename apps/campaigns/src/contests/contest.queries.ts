import { Inject, Injectable } from '@nestjs/common';
import { newestFirstPage, PG_POOL, type Connection, type PageRequest } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import type { ContestStanding } from './contest.events';

export interface ContestRecord {
  id: string;
  campaignId: string;
  title: string;
  judgeIds: string[];
  maxScore: number;
  status: 'open' | 'published';
  entryCount: number;
  ranking: ContestStanding[] | null;
  publishedAt: Date | null;
  createdAt: Date;
  createdBy: string;
}

export interface ContestEntryRecord {
  id: string;
  contestId: string;
  memberId: string;
  title: string;
  description: string | null;
  scores: { judgeId: string; score: number }[];
  rank: number | null;
  createdAt: Date;
}

const contestColumns = `contest_id AS id, campaign_id AS "campaignId", title, judge_ids AS "judgeIds", max_score AS "maxScore", status, entry_count AS "entryCount", ranking,
  published_at AS "publishedAt", created_at AS "createdAt", created_by AS "createdBy"`;
const entryColumns = `entry_id AS id, contest_id AS "contestId", member_id AS "memberId", title, description, scores, rank, created_at AS "createdAt"`;

@Injectable()
export class ContestQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async contest(tenantId: string, contestId: string): Promise<ContestRecord | null> {
    const { rows } = await this.pool.query<ContestRecord>(`SELECT ${contestColumns} FROM contests WHERE tenant_id = $1 AND contest_id = $2`, [tenantId, contestId]);
    return rows[0] ?? null;
  }

  async entry(tenantId: string, contestId: string, entryId: string): Promise<ContestEntryRecord | null> {
    const { rows } = await this.pool.query<ContestEntryRecord>(`SELECT ${entryColumns} FROM contest_entries WHERE tenant_id = $1 AND contest_id = $2 AND entry_id = $3`, [tenantId, contestId, entryId]);
    return rows[0] ?? null;
  }

  /** A campaign's contests (or the tenant's), newest first. */
  contests(tenantId: string, campaignId: string | null, page: PageRequest): Promise<Connection<ContestRecord>> {
    return newestFirstPage(this.pool, { table: 'contests', idColumn: 'contest_id', columns: contestColumns, tenantId, where: '($2::text IS NULL OR campaign_id = $2)', values: [campaignId], ...page });
  }

  /** A contest's entries, newest first. */
  entries(tenantId: string, contestId: string, page: PageRequest): Promise<Connection<ContestEntryRecord>> {
    return newestFirstPage(this.pool, { table: 'contest_entries', idColumn: 'entry_id', columns: entryColumns, tenantId, where: 'contest_id = $2', values: [contestId], ...page });
  }
}
