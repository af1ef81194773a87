import { Inject, Injectable } from '@nestjs/common';
import { newestFirstPage, PG_POOL, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import type { DrawWinner } from './lottery-draw';
import type { LotteryPrize } from './lottery.events';

export interface LotteryRecord {
  id: string;
  campaignId: string;
  name: string;
  prizes: LotteryPrize[];
  seedCommitment: string;
  entriesCloseAt: Date;
  status: 'open' | 'closed' | 'drawn';
  entrantCount: number;
  entriesDigest: string | null;
  seed: string | null;
  algorithm: string | null;
  winners: DrawWinner[] | null;
  drawnAt: Date | null;
  createdAt: Date;
  createdBy: string;
}

/** Everything verify-lottery.ts needs to re-derive a draw, and nothing else. */
export interface LotteryDrawExport {
  lotteryId: string;
  algorithm: string;
  seedCommitment: string;
  seed: string;
  entriesDigest: string;
  prizes: LotteryPrize[];
  entries: string[];
  winners: DrawWinner[];
}

const columns = `lottery_id AS id, campaign_id AS "campaignId", name, prizes, seed_commitment AS "seedCommitment", entries_close_at AS "entriesCloseAt", status,
  entrant_count AS "entrantCount", entries_digest AS "entriesDigest", seed, algorithm, winners, drawn_at AS "drawnAt", created_at AS "createdAt", created_by AS "createdBy"`;

@Injectable()
export class LotteryQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async lottery(tenantId: string, lotteryId: string): Promise<LotteryRecord | null> {
    const { rows } = await this.pool.query<LotteryRecord>(`SELECT ${columns} FROM lotteries WHERE tenant_id = $1 AND lottery_id = $2`, [tenantId, lotteryId]);
    return rows[0] ?? null;
  }

  /** A drawn lottery's export for verification; null before the draw (the seed is still secret). */
  async drawExport(tenantId: string, lotteryId: string): Promise<LotteryDrawExport | null> {
    const lottery = await this.lottery(tenantId, lotteryId);
    if (!lottery || lottery.status !== 'drawn') return null;
    const { rows } = await this.pool.query<{ memberId: string }>('SELECT member_id AS "memberId" FROM lottery_entries WHERE tenant_id = $1 AND lottery_id = $2', [tenantId, lotteryId]);
    return {
      lotteryId,
      algorithm: lottery.algorithm!,
      seedCommitment: lottery.seedCommitment,
      seed: lottery.seed!,
      entriesDigest: lottery.entriesDigest!,
      prizes: lottery.prizes,
      // Sorted the way the draw sorts them (JavaScript's code unit order), not by the database's collation.
      entries: rows.map((row) => row.memberId).sort(),
      winners: lottery.winners!,
    };
  }

  /** A campaign's lotteries (or the tenant's), newest first. */
  lotteries(tenantId: string, campaignId: string | null, page: { first?: number; after?: string }): Promise<Connection<LotteryRecord>> {
    return newestFirstPage(this.pool, { table: 'lotteries', idColumn: 'lottery_id', columns, tenantId, where: '($2::text IS NULL OR campaign_id = $2)', values: [campaignId], ...page });
  }
}
