import { mediaAssetSchema } from '@groundswell/events';
import { z } from 'zod';
import { MAX_BODY_LENGTH, plainTextOf, sanitiseBody } from './content-body';
import type { CreateContentItem, ReviseContentItem, SetContentVariant } from './content-item.commands';
import { ContentItemError } from './content-item.error';
import { contentItemEventTypes, type ContentItemEvent } from './content-item.events';
import { exists, type ContentItemState, type ExistingContentItem } from './content-item.state';
import type { ItemContent } from './content-item.values';
import { limitProblems } from './platform-limits';
import { styleFlags } from './style-guide/style-rules';

const MAX_TITLE = 200;
const MAX_TEXT = 50_000;
const mediaList = z.array(mediaAssetSchema).max(50);
const uuid = z.uuid();

function fail(code: ConstructorParameters<typeof ContentItemError>[0], message: string, details?: Record<string, unknown>): never {
  throw new ContentItemError(code, message, details);
}

/** The item's content as recorded: trimmed, body sanitised, every field within its limits. */
export function validContent(content: ItemContent) {
  const title = content.title.trim();
  if (title.length === 0 || [...title].length > MAX_TITLE) fail('TITLE_INVALID', `The title must be 1–${MAX_TITLE} characters`);
  const body = sanitiseBody(content.body);
  const text = plainTextOf(body);
  if (body.length > MAX_BODY_LENGTH || text.length > MAX_TEXT) fail('BODY_INVALID', `The body must be at most ${MAX_TEXT} characters of text`);
  const media = mediaList.safeParse(content.media);
  if (!media.success || new Set(content.media.map((asset) => asset.assetId)).size !== content.media.length || content.media.some((asset) => !/^https?:/.test(asset.url))) {
    fail('MEDIA_INVALID', 'Each media asset needs a unique id, an http(s) URL, a source and a licence (CNT-64); at most 50', media.success ? undefined : { problems: media.error.issues.map((issue) => issue.path.join('.')) });
  }
  const communityIds = [...new Set(content.communityIds)];
  if (communityIds.length === 0 || communityIds.length > 50 || communityIds.some((id) => !uuid.safeParse(id).success)) fail('COMMUNITIES_INVALID', 'Target 1–50 communities by id');
  const topics = [...new Set(content.topics.map((topic) => topic.trim()))];
  const brandTopic = content.brandTopic?.trim() || undefined;
  if (topics.length > 20 || topics.some((topic) => topic.length === 0 || topic.length > 50) || (brandTopic && brandTopic.length > 100)) {
    fail('TOPICS_INVALID', 'At most 20 topics of 1–50 characters, and a brand topic of at most 100');
  }
  if ((content.format === 'platform_native') !== Boolean(content.platformNative)) fail('PLATFORM_NATIVE_INVALID', 'A platform-native item names its hashtag or challenge, and only it does');
  if (content.team.length > 20) fail('TOPICS_INVALID', 'At most 20 team members');
  const campaignId = content.campaignId?.trim().toLowerCase() || undefined;
  if (campaignId && !uuid.safeParse(campaignId).success) fail('CAMPAIGN_INVALID', 'campaignId is not a campaign id');
  const { contentType, format, platformNative, riskTier, team } = content;
  return { contentType, format, platformNative, title, body, text, media: media.data!, topics, brandTopic, communityIds, riskTier, team, ...(campaignId && { campaignId }) };
}

const editable = (state: ExistingContentItem) => state.status === 'draft' || state.status === 'rejected';

function assertEditable(state: ContentItemState, contentItemId: string): asserts state is ExistingContentItem {
  if (!exists(state)) fail('CONTENT_ITEM_NOT_FOUND', 'No such content item', { contentItemId });
  if (!editable(state)) fail('CONTENT_STATUS_INVALID', `A ${state.status} item cannot be edited; only drafts and rejected items can`, { status: state.status });
}

export function create(command: CreateContentItem, state: ContentItemState): ContentItemEvent[] {
  if (exists(state)) fail('CONTENT_ITEM_EXISTS', 'This content item exists already', { contentItemId: command.contentItemId });
  return [{ type: contentItemEventTypes.created, data: { contentItemId: command.contentItemId, ...validContent(command.content), createdBy: command.by } }];
}

export function revise(command: ReviseContentItem, state: ContentItemState): ContentItemEvent[] {
  assertEditable(state, command.contentItemId);
  return [{ type: contentItemEventTypes.revised, data: { contentItemId: command.contentItemId, ...validContent(command.content), revisedBy: command.by } }];
}

export function setVariant(command: SetContentVariant, state: ContentItemState): ContentItemEvent[] {
  assertEditable(state, command.contentItemId);
  const title = command.variant.title?.trim() || undefined;
  const variant = { ...command.variant, title, text: command.variant.text.trim(), hashtags: command.variant.hashtags.map((tag) => tag.trim()) };
  const problems = limitProblems(variant);
  if (problems.length > 0) fail('VARIANT_EXCEEDS_PLATFORM_LIMITS', `The ${variant.platform} variant breaks the platform's limits: ${problems.map((problem) => problem.message).join('; ')}`, { problems });
  const known = new Set(state.content.media.map((asset) => asset.assetId));
  const unknown = variant.mediaAssetIds.filter((id) => !known.has(id));
  if (unknown.length > 0) fail('VARIANT_MEDIA_UNKNOWN', 'A variant may only use the item\'s own media assets', { unknown });
  const flags = styleFlags(command.styleRules, variant.platform, [title, variant.text].filter(Boolean).join('\n'));
  return [{ type: contentItemEventTypes.variantSet, data: { contentItemId: command.contentItemId, variant, styleFlags: flags, setBy: command.by } }];
}
