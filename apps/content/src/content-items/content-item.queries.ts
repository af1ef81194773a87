import { Inject, Injectable } from '@nestjs/common';
import { keysetPage, PG_POOL, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import type { StyleRule } from './style-guide/style-rules';
import type { ContentFormat, ContentPlatform, ContentStatus, ContentType, MediaAsset, PlatformNative, RiskTier, TeamMember } from './content-item.values';

export interface ContentVariantRecord {
  platform: ContentPlatform;
  title: string | null;
  text: string;
  mediaAssetIds: string[];
  hashtags: string[];
  styleFlags: Array<{ ruleId: string; message: string }>;
  platformPostId: string | null;
  postUrl: string | null;
  confirmedAt: Date | null;
}

export interface ContentReviewRecord {
  submission: number;
  round: number;
  phase: 'pre_publication' | 'post_publication';
  decision: 'approve' | 'reject';
  checklist: { quality: boolean; accuracy: boolean; compliance: boolean; brandFit: boolean };
  comment: string | null;
  reviewedBy: string;
  reviewedAt: Date;
}

export interface ContentItemRecord {
  id: string;
  contentType: ContentType;
  format: ContentFormat;
  platformNative: PlatformNative | null;
  status: ContentStatus;
  title: string;
  body: string;
  bodyText: string;
  media: MediaAsset[];
  topics: string[];
  brandTopic: string | null;
  communityIds: string[];
  riskTier: RiskTier;
  team: TeamMember[];
  campaignId: string | null;
  platforms: ContentPlatform[];
  submission: number;
  roundsRequired: number;
  roundsApproved: number;
  screeningBlocked: boolean;
  publishAt: Date | null;
  publishedAt: Date | null;
  fastTrack: boolean;
  postReviewDue: boolean;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface ContentItemFilter {
  /** A substring of the title or body, Chinese included. */
  search?: string | null;
  contentType?: ContentType | null;
  status?: ContentStatus | null;
  communityId?: string | null;
  platform?: ContentPlatform | null;
  /** On the item's date: published, else scheduled, else created. */
  from?: Date | null;
  to?: Date | null;
}

const columns = `content_item_id AS id, content_type AS "contentType", format, platform_native AS "platformNative", status, title, body, body_text AS "bodyText", media, topics,
  brand_topic AS "brandTopic", community_ids AS "communityIds", risk_tier AS "riskTier", team, campaign_id AS "campaignId", platforms, submission, rounds_required AS "roundsRequired",
  rounds_approved AS "roundsApproved", screening_blocked AS "screeningBlocked", publish_at AS "publishAt", published_at AS "publishedAt", fast_track AS "fastTrack",
  post_review_due AS "postReviewDue", created_at AS "createdAt", created_by AS "createdBy", updated_at AS "updatedAt", updated_by AS "updatedBy"`;

const itemDate = 'COALESCE(published_at, publish_at, created_at)';
// Null filter values match everything, so one statement serves every combination.
const filtered = `tenant_id = $1 AND ($2::text IS NULL OR (title || ' ' || body_text) ILIKE $2) AND ($3::text IS NULL OR content_type = $3) AND ($4::text IS NULL OR status = $4)
  AND ($5::text IS NULL OR community_ids @> ARRAY[$5::text]) AND ($6::text IS NULL OR platforms @> ARRAY[$6::text])
  AND ($7::timestamptz IS NULL OR ${itemDate} >= $7) AND ($8::timestamptz IS NULL OR ${itemDate} < $8)`;

const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

@Injectable()
export class ContentItemQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async contentItem(tenantId: string, contentItemId: string): Promise<ContentItemRecord | null> {
    const { rows } = await this.pool.query<ContentItemRecord>(`SELECT ${columns} FROM content_items WHERE tenant_id = $1 AND content_item_id = $2`, [tenantId, contentItemId]);
    return rows[0] ?? null;
  }

  /** The tenant's items matching the filter, newest first. */
  contentItems(tenantId: string, filter: ContentItemFilter = {}, first?: number, after?: string): Promise<Connection<ContentItemRecord>> {
    const search = filter.search?.trim();
    const filters = [tenantId, search ? likePattern(search) : null, filter.contentType ?? null, filter.status ?? null, filter.communityId ?? null, filter.platform ?? null, filter.from ?? null, filter.to ?? null];
    return keysetPage(this.pool, { from: 'content_items', columns, where: filtered, values: filters, time: 'created_at', key: 'content_item_id' }, { first, after });
  }

  async variants(tenantId: string, contentItemId: string): Promise<ContentVariantRecord[]> {
    const { rows } = await this.pool.query<ContentVariantRecord>(
      `SELECT platform, title, text, media_asset_ids AS "mediaAssetIds", hashtags, style_flags AS "styleFlags", platform_post_id AS "platformPostId", post_url AS "postUrl", confirmed_at AS "confirmedAt"
       FROM content_item_variants WHERE tenant_id = $1 AND content_item_id = $2 ORDER BY platform`,
      [tenantId, contentItemId],
    );
    return rows;
  }

  async reviews(tenantId: string, contentItemId: string): Promise<ContentReviewRecord[]> {
    const { rows } = await this.pool.query<ContentReviewRecord>(
      `SELECT submission, round, phase, decision, checklist, comment, reviewed_by AS "reviewedBy", reviewed_at AS "reviewedAt"
       FROM content_item_reviews WHERE tenant_id = $1 AND content_item_id = $2 ORDER BY reviewed_at, event_id`,
      [tenantId, contentItemId],
    );
    return rows;
  }

  /** Which item a screening was about, for moderation's answer. */
  async screeningTarget(tenantId: string, screeningId: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ id: string }>('SELECT content_item_id AS id FROM content_item_screenings WHERE tenant_id = $1 AND screening_id = $2', [tenantId, screeningId]);
    return rows[0]?.id ?? null;
  }

  async styleRules(tenantId: string): Promise<StyleRule[]> {
    const { rows } = await this.pool.query<{ rules: StyleRule[] }>('SELECT rules FROM content_style_guides WHERE tenant_id = $1', [tenantId]);
    return rows[0]?.rules ?? [];
  }
}
