import { Injectable } from '@nestjs/common';
import { readStream } from '@groundswell/event-store';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '@groundswell/service-kit';
import { MemberTaggedV1 } from '@groundswell/events';
import { memberStreams } from '../shared/stream-ids';
import { MembersContext } from '../shared/members-context';

export interface TagRow {
  id: string;
  key: string;
  name: string;
  category: string;
  mode: string;
  rule: { version: number; criteria: { stages?: string[] } } | null;
  retired: boolean;
  definedAt: Date;
}

export interface MemberTagRow {
  tag: TagRow;
  source: string;
  taggedAt: Date;
}

export interface MemberTagChangeRow {
  tag: TagRow;
  change: 'tagged' | 'untagged';
  source: string;
  ruleVersion: number | null;
  changedAt: Date;
}

const tagColumns = `t.tag_id AS id, k.key, t.name, t.category, t.mode, t.rule, t.retired, t.defined_at AS "definedAt"`;
const tagsJoin = `tags t JOIN tag_keys k ON k.tenant_id = t.tenant_id AND k.tag_id = t.tag_id`;

/** Read-side queries of tags; every one is scoped to the caller's tenant by its first parameter. */
@Injectable()
export class TagQueries {
  constructor(private readonly context: MembersContext) {}

  /** One page of the tenant's tags, by key. */
  async tagPage(tenantId: string, includeRetired: boolean, first?: number, after?: string): Promise<Connection<TagRow>> {
    const size = pageSize(first);
    const [afterKey] = after ? decodeCursor(after, ['key']) : [''];
    const where = `t.tenant_id = $1 AND ($2 OR NOT t.retired)`;
    const { rows } = await this.context.pool.query<TagRow>(`SELECT ${tagColumns} FROM ${tagsJoin} WHERE ${where} AND k.key > $3 ORDER BY k.key LIMIT $4`, [
      tenantId,
      includeRetired,
      afterKey,
      size + 1,
    ]);
    const total = await this.context.pool.query<{ count: string }>(`SELECT count(*) FROM ${tagsJoin} WHERE ${where}`, [tenantId, includeRetired]);
    return toConnection(rows, size, Number(total.rows[0]!.count), (row) => encodeCursor([row.key]), (row) => row);
  }

  async tags(tenantId: string, includeRetired = false): Promise<TagRow[]> {
    const { rows } = await this.context.pool.query<TagRow>(`SELECT ${tagColumns} FROM ${tagsJoin} WHERE t.tenant_id = $1 AND ($2 OR NOT t.retired) ORDER BY k.key`, [
      tenantId,
      includeRetired,
    ]);
    return rows;
  }

  async tagByKey(tenantId: string, key: string): Promise<TagRow | undefined> {
    const { rows } = await this.context.pool.query<TagRow>(`SELECT ${tagColumns} FROM ${tagsJoin} WHERE t.tenant_id = $1 AND k.key = $2`, [tenantId, key]);
    return rows[0];
  }

  async memberTags(tenantId: string, memberId: string): Promise<MemberTagRow[]> {
    const { rows } = await this.context.pool.query<TagRow & { source: string; taggedAt: Date }>(
      `SELECT ${tagColumns}, mt.source, mt.tagged_at AS "taggedAt" FROM member_tags mt JOIN ${tagsJoin} ON t.tenant_id = mt.tenant_id AND t.tag_id = mt.tag_id
       WHERE mt.tenant_id = $1 AND mt.member_id = $2 ORDER BY k.key`,
      [tenantId, memberId],
    );
    return rows.map(({ source, taggedAt, ...tag }) => ({ tag, source, taggedAt }));
  }

  /** The member's tag history is their member-tags stream, oldest first. */
  async memberTagHistory(tenantId: string, memberId: string): Promise<MemberTagChangeRow[]> {
    const events = await readStream(this.context.pool, tenantId, memberStreams.memberTags(memberId).streamId);
    const tags = new Map((await this.tags(tenantId, true)).map((tag) => [tag.id, tag]));
    return events.flatMap((event) => {
      const data = event.data as { tagId: string; source: string; ruleVersion?: number; changedAt: string };
      const tag = tags.get(data.tagId);
      if (!tag) return [];
      const change = event.type === MemberTaggedV1.type ? ('tagged' as const) : ('untagged' as const);
      return [{ tag, change, source: data.source, ruleVersion: data.ruleVersion ?? null, changedAt: new Date(data.changedAt) }];
    });
  }
}
