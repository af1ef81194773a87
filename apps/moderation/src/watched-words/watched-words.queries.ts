import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { type Connection, mapConnection, newestFirstPage, PG_POOL } from '@groundswell/service-kit';
import type { WatchedWord } from './watched-word';

export interface WatchedWordRecord extends WatchedWord {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string;
}

const columns = `entry_id AS id, entry, created_at AS "createdAt", updated_at AS "updatedAt", updated_by AS "updatedBy"`;

type Row = { id: string; entry: WatchedWord; createdAt: Date; updatedAt: Date; updatedBy: string };

const toRecord = ({ entry, ...row }: Row): WatchedWordRecord => ({ ...entry, ...row });

@Injectable()
export class WatchedWordQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async watchedWord(tenantId: string, entryId: string): Promise<WatchedWordRecord | null> {
    const { rows } = await this.pool.query<Row>(`SELECT ${columns} FROM watched_words WHERE tenant_id = $1 AND entry_id = $2`, [tenantId, entryId]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The tenant's entries, community ones included, newest first. */
  async watchedWords(tenantId: string, first?: number, after?: string): Promise<Connection<WatchedWordRecord>> {
    return mapConnection(await newestFirstPage<Row>(this.pool, { table: 'watched_words', idColumn: 'entry_id', columns, tenantId, first, after }), toRecord);
  }

  /** The whole list and the version it is at, read in one statement so the two agree. */
  async wholeList(tenantId: string): Promise<{ version: number; entries: WatchedWord[] }> {
    const { rows } = await this.pool.query<{ version: number; entries: WatchedWord[] }>(
      `SELECT list.version, COALESCE(jsonb_agg(word.entry) FILTER (WHERE word.entry IS NOT NULL), '[]') AS entries
       FROM watched_word_lists list LEFT JOIN watched_words word ON word.tenant_id = list.tenant_id
       WHERE list.tenant_id = $1 GROUP BY list.version`,
      [tenantId],
    );
    return rows[0] ?? { version: 0, entries: [] };
  }

  /** 0 before the tenant's first entry. */
  async listVersion(tenantId: string): Promise<number> {
    const { rows } = await this.pool.query<{ version: number }>('SELECT version FROM watched_word_lists WHERE tenant_id = $1', [tenantId]);
    return rows[0]?.version ?? 0;
  }
}
