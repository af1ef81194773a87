import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { contentItemIdSchema, contentPlatformSchema } from '../content/content-values';
import { instantSchema } from '../members/instant';

// Contracts on `gs.connector.content.v1`: what a platform connector posts where Groundswell cannot
// (a WeChat official account, Weibo, Douyin, …). One record per variant, keyed by
// `<contentItemId>:<platform>`. The connector confirms the post through the content webhook.
export const ConnectorContentPublishedV1 = defineEvent({
  service: 'connector',
  name: 'ContentPublished',
  version: 1,
  description:
    'Post this variant on its platform now. Confirm with POST /webhooks/content/posts (platform post id and URL) once it is live; a record delivered twice names the same variant, so post once.',
  schema: z.object({
    contentItemId: contentItemIdSchema,
    platform: contentPlatformSchema,
    communityIds: z.array(z.uuid()).max(50).describe('The communities (groups, accounts) it is meant for'),
    title: z.string().min(1).max(200).optional(),
    text: z.string().min(1).max(50_000).describe('What to post, as plain text'),
    media: z
      .array(z.object({ assetId: z.string().min(1).max(100), kind: z.enum(['image', 'video', 'audio', 'document']), url: z.url().max(2000), attribution: z.string().min(1).max(200).optional() }))
      .max(50)
      .describe('In posting order, with the credit line a licence asks for'),
    hashtags: z.array(z.string().min(1).max(100)).max(30).describe('As the platform writes them'),
    publishedAt: instantSchema,
  }),
});

export const contentConnectorEvents = [ConnectorContentPublishedV1];
