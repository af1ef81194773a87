import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';

export const engagementSignalKinds = [
  'impression',
  'view',
  'like',
  'comment',
  'share',
  'repost',
  'click',
  'video_play_started',
  'video_play_completed',
  'vote',
] as const;

export const engagementSignalKindSchema = z.enum(engagementSignalKinds).describe('What happened to the content (CNT-50…57)');

/**
 * One engagement signal on a content item or contribution. High volume and without invariants, so
 * appended in batches to one stream per community and UTC day (`engagement-<communityId>-<yyyy-mm-dd>`),
 * like member activity; on gs.content.engagement.
 */
export const EngagementSignalRecordedV1 = defineEvent({
  service: 'content',
  name: 'EngagementSignalRecorded',
  version: 1,
  description: 'Someone saw, read, liked, commented on, shared, reposted, clicked, played or voted on content, per item, variant, platform and member where known.',
  schema: z.object({
    communityId: z.uuid().describe('The community the content was shown in'),
    kind: engagementSignalKindSchema,
    itemId: z.string().min(1).max(200).describe('The content item or contribution'),
    variantId: z.string().min(1).max(200).optional().describe('The platform variant, when known'),
    platform: z.string().min(1).max(50).describe('Where it happened, e.g. `wechat_official_account`, `weibo`, `douyin`'),
    memberId: z.uuid().optional().describe('The member, when known'),
    dwellMs: z.int().min(0).max(86_400_000).optional().describe('For a view: how long it was on screen'),
    clientEventId: z.string().min(1).max(200).describe('The sender’s id of the signal; a repeated id is ignored'),
    campaignId: z.uuid().optional().describe('For a member\'s click on an item that promotes a campaign: that campaign, for its conversion attribution'),
  }),
});

export const engagementEvents = [EngagementSignalRecordedV1] as const;
