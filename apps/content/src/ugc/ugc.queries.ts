import { Inject, Injectable } from '@nestjs/common';
import { keysetPage, PG_POOL, type Connection, type PageRequest } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { KnownCommunities } from '../content-items/known-communities/known-communities';
import type { ContributionKind, Visibility } from './contribution.state';
import { defaultUgcSettings, type UgcSettings } from './settings/ugc-settings.decider';

export interface ContributionRecord {
  id: string;
  communityId: string;
  kind: ContributionKind;
  parentId: string | null;
  threadId: string;
  authorMemberId: string | null;
  title: string | null;
  body: string;
  censoredText: string | null;
  pollOptions: string[] | null;
  pollVotes: number[] | null;
  visibility: Visibility;
  pinned: boolean;
  promoted: boolean;
  acceptedAnswerId: string | null;
  rewardedPoints: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ContributionFilter {
  communityId?: string | null;
  threadId?: string | null;
  parentId?: string | null;
  kind?: ContributionKind | null;
  pinned?: boolean | null;
  promoted?: boolean | null;
  /** Operators may see what awaits screening or was taken down; everyone else sees what shows. */
  includeHidden?: boolean;
}

const columns = `contribution_id AS id, community_id AS "communityId", kind, parent_id AS "parentId", thread_id AS "threadId", author_member_id AS "authorMemberId",
  title, body, censored_text AS "censoredText", poll_options AS "pollOptions", poll_votes AS "pollVotes", visibility, pinned, promoted,
  accepted_answer_id AS "acceptedAnswerId", rewarded_points AS "rewardedPoints", created_at AS "createdAt", updated_at AS "updatedAt"`;

const filterSql = `tenant_id = $1 AND ($2::text IS NULL OR community_id = $2) AND ($3::text IS NULL OR thread_id = $3) AND ($4::text IS NULL OR parent_id = $4)
  AND ($5::text IS NULL OR kind = $5) AND ($6::boolean IS NULL OR pinned = $6) AND ($7::boolean IS NULL OR promoted = $7) AND ($8 OR visibility = 'visible')`;

@Injectable()
export class UgcQueries {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly communities: KnownCommunities,
  ) {}

  async contribution(tenantId: string, contributionId: string, includeHidden = false): Promise<ContributionRecord | null> {
    const { rows } = await this.pool.query<ContributionRecord>(`SELECT ${columns} FROM contributions WHERE tenant_id = $1 AND contribution_id = $2 AND ($3 OR visibility = 'visible')`, [
      tenantId,
      contributionId,
      includeHidden,
    ]);
    return rows[0] ?? null;
  }

  /** A community's settings, defaults until set; a community the tenant doesn't have is refused, not defaulted. */
  async settings(tenantId: string, communityId: string): Promise<UgcSettings & { communityId: string }> {
    await this.communities.assertKnown(tenantId, [communityId]);
    const { rows } = await this.pool.query<UgcSettings>('SELECT moderation, reward_points AS "rewardPoints" FROM ugc_settings WHERE tenant_id = $1 AND community_id = $2', [tenantId, communityId]);
    return { communityId, ...(rows[0] ?? defaultUgcSettings) };
  }

  /** Contributions newest first, by community, thread, parent, kind, pinned or showcased. */
  contributions(tenantId: string, filter: ContributionFilter, page: PageRequest): Promise<Connection<ContributionRecord>> {
    const values = [tenantId, filter.communityId ?? null, filter.threadId ?? null, filter.parentId ?? null, filter.kind ?? null, filter.pinned ?? null, filter.promoted ?? null, filter.includeHidden ?? false];
    return keysetPage(this.pool, { from: 'contributions', columns, where: filterSql, values, time: 'created_at', key: 'contribution_id' }, page);
  }
}
