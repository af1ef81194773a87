import type { contentFormatSchema, contentPlatformSchema, contentTypeSchema, mediaAssetSchema, platformNativeSchema, reviewChecklistSchema, riskTierSchema, teamMemberSchema } from '@groundswell/events';
import type { z } from 'zod';

export type ContentType = z.infer<typeof contentTypeSchema>;
export type ContentFormat = z.infer<typeof contentFormatSchema>;
export type ContentPlatform = z.infer<typeof contentPlatformSchema>;
export type RiskTier = z.infer<typeof riskTierSchema>;
export type MediaAsset = z.infer<typeof mediaAssetSchema>;
export type TeamMember = z.infer<typeof teamMemberSchema>;
export type PlatformNative = z.infer<typeof platformNativeSchema>;
export type ReviewChecklist = z.infer<typeof reviewChecklistSchema>;

export const contentTypes = ['industry_news', 'tips_tutorial', 'case_story', 'interactive_topic', 'brand_story', 'user_feedback', 'expert_session', 'vertical_feature'] as const satisfies readonly ContentType[];
export const contentFormats = ['text', 'image_text', 'video', 'short_video', 'live', 'audio', 'interactive_post', 'illustrated_story', 'platform_native'] as const satisfies readonly ContentFormat[];
export const contentPlatforms = ['wechat', 'weibo', 'douyin', 'xiaohongshu', 'qq', 'discord', 'app'] as const satisfies readonly ContentPlatform[];
export const riskTiers = ['ordinary', 'brand_sensitive', 'advertising'] as const satisfies readonly RiskTier[];
export const contentStatuses = ['draft', 'in_review', 'rejected', 'approved', 'scheduled', 'published', 'archived'] as const;
export type ContentStatus = (typeof contentStatuses)[number];

/** CNT-22: approval rounds by risk tier, before any moderation round is added. */
export const approvalRounds: Record<RiskTier, number> = { ordinary: 1, brand_sensitive: 2, advertising: 2 };

/** What an author writes; `body` is HTML as sent, sanitised before it is recorded. */
export interface ItemContent {
  contentType: ContentType;
  format: ContentFormat;
  platformNative?: PlatformNative;
  title: string;
  body: string;
  media: MediaAsset[];
  topics: string[];
  brandTopic?: string;
  communityIds: string[];
  riskTier: RiskTier;
  team: TeamMember[];
  /** The campaign the item promotes (CMP-31), so a member's click on it counts for that campaign. */
  campaignId?: string;
}

/** Who acts when the content clock publishes a scheduled item. */
export const CONTENT_CLOCK = 'system:content-clock';
