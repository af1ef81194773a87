import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from '../members/instant';
import { screeningVerdictSchema } from '../moderation/text-screened.v1';
import { contentFormatSchema, contentItemIdSchema, contentPlatformSchema, contentTypeSchema, mediaAssetSchema, platformNativeSchema, reviewChecklistSchema, riskTierSchema, subjectSchema, teamMemberSchema } from './content-values';

// The content service's domain events on gs.content.content-item, keyed by the item's stream id.
// Internal: platform connectors read gs.connector.content.v1 instead.
const item = { contentItemId: contentItemIdSchema };
const communityIds = z.array(z.uuid()).max(50).describe('The target communities (members service ids)');
const title = z.string().min(1).max(200);
const plainText = z.string().max(50_000).describe('The body as plain text (sanitised, tags removed)');

const itemContent = {
  contentType: contentTypeSchema,
  format: contentFormatSchema,
  platformNative: platformNativeSchema.optional(),
  title,
  body: z.string().max(100_000).describe('The body as sanitised HTML (a small allowlist of tags; no scripts, styles or event handlers)'),
  text: plainText,
  media: z.array(mediaAssetSchema).max(50),
  topics: z.array(z.string().min(1).max(50)).max(20),
  brandTopic: z.string().min(1).max(100).optional().describe('The brand topic or campaign line it belongs to'),
  communityIds,
  riskTier: riskTierSchema,
  team: z.array(teamMemberSchema).max(20),
  campaignId: z.uuid().optional().describe('The campaign the item promotes (CMP-31 promotion channel); a member\'s click on it is that campaign\'s touchpoint'),
};

export const ContentItemCreatedV1 = defineEvent({
  service: 'content',
  name: 'ContentItemCreated',
  version: 1,
  description: 'A content item was drafted: its type, format, title, sanitised body, media with source and licence, topics, target communities, risk tier and team.',
  schema: z.object({ ...item, ...itemContent, createdBy: subjectSchema }),
});

export const ContentItemRevisedV1 = defineEvent({
  service: 'content',
  name: 'ContentItemRevised',
  version: 1,
  description: 'A draft or rejected content item was rewritten; the fields replace the previous ones.',
  schema: z.object({ ...item, ...itemContent, revisedBy: subjectSchema }),
});

export const variantSchema = z.object({
  platform: contentPlatformSchema,
  title: title.optional().describe('The platform title, when the platform has one'),
  text: z.string().min(1).max(50_000).describe('What is posted, as plain text'),
  mediaAssetIds: z.array(z.string().min(1).max(100)).max(50).describe('Asset ids of the item, in posting order'),
  hashtags: z.array(z.string().min(1).max(100)).max(30).describe('As the platform writes them, e.g. #话题# on Weibo, #话题 on Douyin'),
});

export const ContentVariantSetV1 = defineEvent({
  service: 'content',
  name: 'ContentVariantSet',
  version: 1,
  description: 'The variant of an item for one platform was written or replaced, within the platform\'s limits; style flags name the tenant\'s tone rules it breaks.',
  schema: z.object({
    ...item,
    variant: variantSchema,
    styleFlags: z.array(z.object({ ruleId: z.string().min(1).max(100), message: z.string().min(1).max(500) })).max(50).describe('CNT-38: tone rules this variant fails'),
    setBy: subjectSchema,
  }),
});

export const ContentSubmittedV1 = defineEvent({
  service: 'content',
  name: 'ContentSubmitted',
  version: 1,
  description:
    'A content item went into review: every variant is sent to moderation for screening (screeningId per variant). Carries the title and plain text so other features (originality) can compare without reading the content database.',
  schema: z.object({
    ...item,
    submission: z.int().min(1).describe('1 for the first submission, 2 after one rejection, …'),
    roundsRequired: z.int().min(1).max(5).describe('Approval rounds this submission needs (moderation rounds added later are counted in ContentScreened)'),
    riskTier: riskTierSchema,
    contentType: contentTypeSchema,
    format: contentFormatSchema,
    communityIds,
    title,
    text: plainText,
    variants: z.array(z.object({ platform: contentPlatformSchema, screeningId: z.uuid() })).min(1).max(10),
    submittedBy: subjectSchema,
    submittedAt: instantSchema,
  }),
});

export const ContentScreenedV1 = defineEvent({
  service: 'content',
  name: 'ContentScreened',
  version: 1,
  description: 'Moderation\'s verdict on one variant arrived: blocked stops approval, needs_review adds a moderation round.',
  schema: z.object({ ...item, screeningId: z.uuid(), platform: contentPlatformSchema, verdict: screeningVerdictSchema, caseId: z.uuid().optional() }),
});

export const ContentReviewedV1 = defineEvent({
  service: 'content',
  name: 'ContentReviewed',
  version: 1,
  description:
    'A reviewer decided one round: the four-axis checklist, approve or reject, and comments. A rejection sends the item back to its author; a post-publication round is the mandatory review after a fast track.',
  schema: z.object({
    ...item,
    round: z.int().min(1).max(10),
    phase: z.enum(['pre_publication', 'post_publication']),
    decision: z.enum(['approve', 'reject']),
    checklist: reviewChecklistSchema,
    comment: z.string().min(1).max(2000).optional(),
    reviewedBy: subjectSchema,
  }),
});

export const ContentApprovedV1 = defineEvent({
  service: 'content',
  name: 'ContentApproved',
  version: 1,
  description: 'Every required round approved: the item may be scheduled or published.',
  schema: z.object({ ...item, approvers: z.array(subjectSchema).min(1).max(10), rounds: z.int().min(1).max(10) }),
});

export const ContentScheduledV1 = defineEvent({
  service: 'content',
  name: 'ContentScheduled',
  version: 1,
  description: 'An approved item will be published by the scheduler at publishAt.',
  schema: z.object({ ...item, publishAt: instantSchema, scheduledBy: subjectSchema }),
});

export const ContentUnscheduledV1 = defineEvent({
  service: 'content',
  name: 'ContentUnscheduled',
  version: 1,
  description: 'A scheduled item was taken off the schedule; it is approved again.',
  schema: z.object({ ...item, unscheduledBy: subjectSchema }),
});

export const ContentFastTrackedV1 = defineEvent({
  service: 'content',
  name: 'ContentFastTracked',
  version: 1,
  description: 'CNT-26: an item is published at once, skipping review, for an incident; a post-publication review is then mandatory.',
  schema: z.object({ ...item, reason: z.string().min(1).max(500), fastTrackedBy: subjectSchema }),
});

export const ContentPublishedV1 = defineEvent({
  service: 'content',
  name: 'ContentPublished',
  version: 1,
  description: 'A content item went out: one variant per platform is handed to the platform connectors (gs.connector.content.v1).',
  schema: z.object({
    ...item,
    contentType: contentTypeSchema,
    format: contentFormatSchema,
    communityIds,
    platforms: z.array(contentPlatformSchema).min(1).max(10),
    fastTrack: z.boolean().describe('Published by the emergency fast track, before review'),
    publishedBy: subjectSchema,
    publishedAt: instantSchema,
  }),
});

export const ContentPostConfirmedV1 = defineEvent({
  service: 'content',
  name: 'ContentPostConfirmed',
  version: 1,
  description: 'A platform connector confirmed that a variant is live: the platform\'s post id and URL.',
  schema: z.object({ ...item, platform: contentPlatformSchema, platformPostId: z.string().min(1).max(200), url: z.url().max(2000), confirmedBy: subjectSchema }),
});

export const ContentArchivedV1 = defineEvent({
  service: 'content',
  name: 'ContentArchived',
  version: 1,
  description: 'A content item was archived: no longer planned or shown as current.',
  schema: z.object({ ...item, archivedBy: subjectSchema }),
});

export const contentItemEvents = [
  ContentItemCreatedV1,
  ContentItemRevisedV1,
  ContentVariantSetV1,
  ContentSubmittedV1,
  ContentScreenedV1,
  ContentReviewedV1,
  ContentApprovedV1,
  ContentScheduledV1,
  ContentUnscheduledV1,
  ContentFastTrackedV1,
  ContentPublishedV1,
  ContentPostConfirmedV1,
  ContentArchivedV1,
] as const;
