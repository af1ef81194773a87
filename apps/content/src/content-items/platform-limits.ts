import type { ContentPlatform } from './content-item.values';

export interface PlatformLimits {
  /** Characters (code points) of the title; 0 when the platform has no title. */
  maxTitle: number;
  maxText: number;
  maxMedia: number;
  maxHashtags: number;
  /** How the platform writes a hashtag, e.g. Weibo's #话题#. */
  hashtag: RegExp;
  hashtagForm: string;
}

const openHashtag = /^#[^\s#]{1,50}$/;

// Posting limits as the platforms publish them for the post types connectors use (an official-account
// article on WeChat, a long Weibo, a Douyin caption, a Xiaohongshu note); screening takes 20,000 at most.
export const platformLimits: Record<ContentPlatform, PlatformLimits> = {
  wechat: { maxTitle: 64, maxText: 20_000, maxMedia: 20, maxHashtags: 10, hashtag: openHashtag, hashtagForm: '#话题' },
  weibo: { maxTitle: 0, maxText: 2_000, maxMedia: 18, maxHashtags: 10, hashtag: /^#[^#]{1,50}#$/, hashtagForm: '#话题#' },
  douyin: { maxTitle: 30, maxText: 1_000, maxMedia: 35, maxHashtags: 10, hashtag: openHashtag, hashtagForm: '#话题' },
  xiaohongshu: { maxTitle: 20, maxText: 1_000, maxMedia: 18, maxHashtags: 10, hashtag: openHashtag, hashtagForm: '#话题' },
  qq: { maxTitle: 0, maxText: 4_500, maxMedia: 20, maxHashtags: 10, hashtag: openHashtag, hashtagForm: '#话题' },
  discord: { maxTitle: 100, maxText: 2_000, maxMedia: 10, maxHashtags: 0, hashtag: /^$/, hashtagForm: 'none (Discord has no hashtags)' },
  app: { maxTitle: 200, maxText: 20_000, maxMedia: 50, maxHashtags: 20, hashtag: openHashtag, hashtagForm: '#话题' },
};

export interface VariantDraft {
  platform: ContentPlatform;
  title?: string;
  text: string;
  mediaAssetIds: string[];
  hashtags: string[];
}

export interface LimitProblem {
  field: 'title' | 'text' | 'media' | 'hashtags';
  message: string;
}

const length = (text: string) => [...text].length;

/** Every way the variant breaks its platform's limits; empty when it fits. */
export function limitProblems(variant: VariantDraft): LimitProblem[] {
  const limits = platformLimits[variant.platform];
  const problems: LimitProblem[] = [];
  const titleLength = variant.title ? length(variant.title) : 0;
  if (titleLength > limits.maxTitle) {
    problems.push({ field: 'title', message: limits.maxTitle === 0 ? `${variant.platform} posts have no title` : `title is ${titleLength} characters, ${variant.platform} allows ${limits.maxTitle}` });
  }
  const textLength = length(variant.text);
  if (textLength === 0 || textLength > limits.maxText) problems.push({ field: 'text', message: `text is ${textLength} characters, ${variant.platform} allows 1–${limits.maxText}` });
  if (variant.mediaAssetIds.length > limits.maxMedia) problems.push({ field: 'media', message: `${variant.mediaAssetIds.length} media, ${variant.platform} allows ${limits.maxMedia}` });
  if (variant.hashtags.length > limits.maxHashtags) problems.push({ field: 'hashtags', message: `${variant.hashtags.length} hashtags, ${variant.platform} allows ${limits.maxHashtags}` });
  const malformed = variant.hashtags.filter((tag) => !limits.hashtag.test(tag));
  if (limits.maxHashtags > 0 && malformed.length > 0) problems.push({ field: 'hashtags', message: `${malformed.join(' ')} not in ${variant.platform}'s form ${limits.hashtagForm}` });
  return problems;
}
