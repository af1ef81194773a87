import { z } from 'zod';

// Values shared by the content service's events and its connector contract (CNT-01…17, CNT-20, CNT-37…40, CNT-64).
export const contentItemIdSchema = z.uuid().describe('The content item');

export const contentTypeSchema = z
  .enum(['industry_news', 'tips_tutorial', 'case_story', 'interactive_topic', 'brand_story', 'user_feedback', 'expert_session', 'vertical_feature'])
  .describe('CNT-01…08: industry news, tips and tutorials, case stories, interactive topics, brand story, user feedback, expert sessions, vertical features (travel guides, reviews, 干货)');

export const contentFormatSchema = z
  .enum(['text', 'image_text', 'video', 'short_video', 'live', 'audio', 'interactive_post', 'illustrated_story', 'platform_native'])
  .describe('CNT-09…15: how it is told');

export const contentPlatformSchema = z.enum(['wechat', 'weibo', 'douyin', 'xiaohongshu', 'qq', 'discord', 'app']).describe('Where a variant is posted');

export const riskTierSchema = z
  .enum(['ordinary', 'brand_sensitive', 'advertising'])
  .describe('CNT-22: ordinary needs one approval; brand-sensitive and advertising need two rounds by different approvers');

export const platformNativeSchema = z
  .object({ kind: z.enum(['weibo_hashtag', 'douyin_challenge', 'xiaohongshu_topic', 'other']), name: z.string().min(1).max(100) })
  .describe('For the platform_native format: the hashtag or challenge it rides on');

export const mediaAssetSchema = z
  .object({
    assetId: z.string().min(1).max(100).describe('Unique within the item'),
    kind: z.enum(['image', 'video', 'audio', 'document']),
    url: z.url().max(2000),
    source: z.enum(['own', 'licensed', 'member_ugc', 'public_domain', 'partner']).describe('CNT-64: where the asset comes from'),
    licence: z.string().min(1).max(200).describe('CNT-64: the licence or permission it is used under'),
    attribution: z.string().min(1).max(200).optional().describe('Credit line, when the licence asks for one'),
  })
  .describe('A media asset with its source and licence');

export const teamMemberSchema = z
  .object({ role: z.enum(['planner', 'creative', 'copywriter', 'designer']), subject: z.string().min(1).max(200) })
  .describe('CNT-20: who does what on the item');

export const reviewChecklistSchema = z
  .object({ quality: z.boolean(), accuracy: z.boolean(), compliance: z.boolean(), brandFit: z.boolean() })
  .describe('CNT-24: the four axes every review round checks');

export const subjectSchema = z.string().min(1).max(200).describe('Subject of who acted (system:content-clock for the scheduler)');
