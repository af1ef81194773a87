import type { ContentItemCommand } from './content-item.commands';
import { validContent } from './content-item.authoring';
import { contentItemEventTypes as types, SCREENING_REQUESTER, type ContentItemEvent } from './content-item.events';
import type { ItemContent, RiskTier } from './content-item.values';

export const itemId = '0193a3c2-0000-7000-8000-000000000001';
export const communityId = '0193a3c2-0000-7000-8000-0000000000c1';
export const screeningIds = { weibo: '0193a3c2-0000-7000-8000-0000000000s1', wechat: '0193a3c2-0000-7000-8000-0000000000s2' };
export const author = 'u-author';
export const now = new Date('2026-12-04T02:00:00.000Z');
const allPass = { quality: true, accuracy: true, compliance: true, brandFit: true };

export const anItemContent = (overrides: Partial<ItemContent> = {}): ItemContent => ({
  contentType: 'tips_tutorial',
  format: 'image_text',
  title: '春节年夜饭攻略',
  body: '<p>年夜饭<strong>十道菜</strong></p>',
  media: [{ assetId: 'cover', kind: 'image', url: 'https://cdn.example.cn/cover.jpg', source: 'own', licence: '自有版权' }],
  topics: ['春节'],
  communityIds: [communityId],
  riskTier: 'ordinary',
  team: [{ role: 'copywriter', subject: 'u-copywriter' }],
  ...overrides,
});

const weiboVariant = { platform: 'weibo' as const, text: '年夜饭十道菜，收藏！', mediaAssetIds: ['cover'], hashtags: ['#年夜饭#'] };

export const created = (riskTier: RiskTier = 'ordinary'): ContentItemEvent => ({
  type: types.created,
  data: { contentItemId: itemId, ...validContent(anItemContent({ riskTier })), createdBy: author },
});
export const variantSet = (styleFlags: Array<{ ruleId: string; message: string }> = []): ContentItemEvent => ({
  type: types.variantSet,
  data: { contentItemId: itemId, variant: { ...weiboVariant, title: undefined }, styleFlags, setBy: author },
});
export const submitted = (riskTier: RiskTier = 'ordinary', submission = 1): ContentItemEvent => ({
  type: types.submitted,
  data: {
    contentItemId: itemId,
    submission,
    roundsRequired: riskTier === 'ordinary' ? 1 : 2,
    riskTier,
    contentType: 'tips_tutorial',
    format: 'image_text',
    communityIds: [communityId],
    title: '春节年夜饭攻略',
    text: '年夜饭十道菜',
    variants: [{ platform: 'weibo', screeningId: screeningIds.weibo }],
    submittedBy: author,
    submittedAt: now.toISOString(),
  },
});
export const screeningRequested = (): ContentItemEvent => ({
  type: types.screeningRequested,
  data: { screeningId: screeningIds.weibo, target: { kind: 'content', id: itemId, communityId }, text: '年夜饭十道菜，收藏！\n#年夜饭#', requestedBy: SCREENING_REQUESTER },
});
export const screened = (verdict: 'pass' | 'needs_review' | 'blocked' = 'pass'): ContentItemEvent => ({
  type: types.screened,
  data: { contentItemId: itemId, screeningId: screeningIds.weibo, platform: 'weibo', verdict, caseId: undefined },
});
export const reviewed = (by: string, round = 1, decision: 'approve' | 'reject' = 'approve', phase: 'pre_publication' | 'post_publication' = 'pre_publication'): ContentItemEvent => ({
  type: types.reviewed,
  data: { contentItemId: itemId, round, phase, decision, checklist: allPass, comment: decision === 'reject' ? '标题太长' : undefined, reviewedBy: by },
});
export const approved = (...approvers: string[]): ContentItemEvent => ({ type: types.approved, data: { contentItemId: itemId, approvers, rounds: approvers.length } });
export const scheduled = (publishAt = '2026-12-05T12:00:00.000Z'): ContentItemEvent => ({ type: types.scheduled, data: { contentItemId: itemId, publishAt, scheduledBy: 'u-approver' } });
export const published = (by: string, at: Date = now, fastTrack = false): ContentItemEvent[] => [
  { type: types.published, data: { contentItemId: itemId, contentType: 'tips_tutorial', format: 'image_text', communityIds: [communityId], platforms: ['weibo'], fastTrack, publishedBy: by, publishedAt: at.toISOString() } },
  {
    type: types.connectorPublished,
    data: {
      contentItemId: itemId,
      platform: 'weibo',
      communityIds: [communityId],
      title: undefined,
      text: weiboVariant.text,
      media: [{ assetId: 'cover', kind: 'image', url: 'https://cdn.example.cn/cover.jpg', attribution: undefined }],
      hashtags: weiboVariant.hashtags,
      publishedAt: at.toISOString(),
    },
  },
];

/** A drafted item with a Weibo variant, submitted and screened as passing. */
export const inReview = (riskTier: RiskTier = 'ordinary') => [created(riskTier), variantSet(), submitted(riskTier), screeningRequested(), screened()];
export const approvedItem = () => [...inReview(), reviewed('u-approver'), approved('u-approver')];

type Fields<T extends ContentItemCommand['type']> = Omit<Extract<ContentItemCommand, { type: T }>, 'type' | 'contentItemId' | 'by'>;
export const command = <T extends ContentItemCommand['type']>(type: T, fields: Fields<T>, by = author) => ({ type, contentItemId: itemId, by, ...fields }) as Extract<ContentItemCommand, { type: T }>;
export const approve = (by: string, checklist = allPass) => command('ReviewContentItem', { decision: 'approve', checklist }, by);
export { weiboVariant };
