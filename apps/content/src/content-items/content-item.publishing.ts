import type { ArchiveContentItem, ConfirmContentPost, FastTrackContentItem, PublishContentItem, PublishDueContentItem, ScheduleContentItem, UnscheduleContentItem } from './content-item.commands';
import { ContentItemError } from './content-item.error';
import { contentItemEventTypes, type ContentItemEvent } from './content-item.events';
import { exists, type ContentItemState, type ExistingContentItem } from './content-item.state';

function found(state: ContentItemState, contentItemId: string): ExistingContentItem {
  if (!exists(state)) throw new ContentItemError('CONTENT_ITEM_NOT_FOUND', 'No such content item', { contentItemId });
  return state;
}

/** Why an item that is neither approved nor scheduled cannot go out. */
function notPublishable(state: ExistingContentItem): never {
  if (state.status === 'published') throw new ContentItemError('ALREADY_PUBLISHED', 'This item is published already');
  if (state.status === 'archived') throw new ContentItemError('CONTENT_STATUS_INVALID', 'An archived item cannot be published', { status: state.status });
  throw new ContentItemError('NOT_APPROVED', `A ${state.status} item is not approved: it needs ${state.roundsRequired} approval round(s), it has ${state.approvers.length}`, {
    status: state.status,
    roundsRequired: state.roundsRequired,
    approvals: state.approvers.length,
  });
}

/** ContentPublished, and one connector record per variant for the platform connectors. */
function published(state: ExistingContentItem, contentItemId: string, by: string, now: Date, fastTrack: boolean): ContentItemEvent[] {
  const { contentType, format, communityIds, media } = state.content;
  const variants = Object.values(state.variants);
  const publishedAt = now.toISOString();
  const assets = new Map(media.map((asset) => [asset.assetId, asset]));
  return [
    { type: contentItemEventTypes.published, data: { contentItemId, contentType, format, communityIds, platforms: variants.map((variant) => variant.platform), fastTrack, publishedBy: by, publishedAt } },
    ...variants.map((variant): ContentItemEvent => ({
      type: contentItemEventTypes.connectorPublished,
      data: {
        contentItemId,
        platform: variant.platform,
        communityIds,
        title: variant.title,
        text: variant.text,
        media: variant.mediaAssetIds.map((id) => {
          const { assetId, kind, url, attribution } = assets.get(id)!;
          return { assetId, kind, url, attribution };
        }),
        hashtags: variant.hashtags,
        publishedAt,
      },
    })),
  ];
}

export function schedule(command: ScheduleContentItem, given: ContentItemState): ContentItemEvent[] {
  const state = found(given, command.contentItemId);
  if (state.status !== 'approved' && state.status !== 'scheduled') notPublishable(state);
  if (command.publishAt.getTime() <= command.now.getTime()) throw new ContentItemError('SCHEDULE_IN_PAST', 'Schedule it for a time still to come, or publish it now');
  const publishAt = command.publishAt.toISOString();
  if (state.status === 'scheduled' && state.publishAt === publishAt) return [];
  return [{ type: contentItemEventTypes.scheduled, data: { contentItemId: command.contentItemId, publishAt, scheduledBy: command.by } }];
}

export function unschedule(command: UnscheduleContentItem, given: ContentItemState): ContentItemEvent[] {
  const state = found(given, command.contentItemId);
  if (state.status !== 'scheduled') throw new ContentItemError('CONTENT_STATUS_INVALID', `A ${state.status} item is not scheduled`, { status: state.status });
  return [{ type: contentItemEventTypes.unscheduled, data: { contentItemId: command.contentItemId, unscheduledBy: command.by } }];
}

export function publish(command: PublishContentItem, given: ContentItemState): ContentItemEvent[] {
  const state = found(given, command.contentItemId);
  if (state.status !== 'approved' && state.status !== 'scheduled') notPublishable(state);
  return published(state, command.contentItemId, command.by, command.now, false);
}

export function publishDue(command: PublishDueContentItem, given: ContentItemState): ContentItemEvent[] {
  const state = found(given, command.contentItemId);
  if (state.status !== 'scheduled') notPublishable(state);
  if (new Date(state.publishAt!).getTime() > command.now.getTime()) throw new ContentItemError('CONTENT_NOT_DUE', 'Its time has not come yet', { publishAt: state.publishAt });
  return published(state, command.contentItemId, command.by, command.now, false);
}

/** CNT-26: out at once, whatever the review stage; a post-publication review is then due. */
export function fastTrack(command: FastTrackContentItem, given: ContentItemState): ContentItemEvent[] {
  const state = found(given, command.contentItemId);
  if (state.status === 'published' || state.status === 'archived') notPublishable(state);
  const reason = command.reason.trim();
  if (reason.length === 0 || reason.length > 500) throw new ContentItemError('REASON_INVALID', 'Say why it cannot wait for review (1–500 characters)');
  if (Object.keys(state.variants).length === 0) throw new ContentItemError('NO_VARIANTS', 'Write a variant for at least one platform first');
  return [{ type: contentItemEventTypes.fastTracked, data: { contentItemId: command.contentItemId, reason, fastTrackedBy: command.by } }, ...published(state, command.contentItemId, command.by, command.now, true)];
}

export function confirmPost(command: ConfirmContentPost, given: ContentItemState): ContentItemEvent[] {
  const state = found(given, command.contentItemId);
  if (state.status !== 'published') throw new ContentItemError('CONTENT_STATUS_INVALID', `A ${state.status} item has no posts to confirm`, { status: state.status });
  if (!state.variants[command.platform]) throw new ContentItemError('PLATFORM_NOT_PUBLISHED', `The item has no ${command.platform} variant`);
  const platformPostId = command.platformPostId.trim();
  if (platformPostId.length === 0 || platformPostId.length > 200) throw new ContentItemError('URL_INVALID', 'The platform post id must be 1–200 characters');
  if (!/^https?:\/\/\S{1,1990}$/.test(command.url)) throw new ContentItemError('URL_INVALID', 'The post URL must be an http(s) URL');
  const confirmed = state.confirmedPosts[command.platform];
  if (confirmed === platformPostId) return [];
  if (confirmed) throw new ContentItemError('POST_ALREADY_CONFIRMED', `The ${command.platform} post was confirmed as ${confirmed} already`);
  return [{ type: contentItemEventTypes.postConfirmed, data: { contentItemId: command.contentItemId, platform: command.platform, platformPostId, url: command.url, confirmedBy: command.by } }];
}

export function archive(command: ArchiveContentItem, given: ContentItemState): ContentItemEvent[] {
  const state = found(given, command.contentItemId);
  if (state.status === 'archived') return [];
  return [{ type: contentItemEventTypes.archived, data: { contentItemId: command.contentItemId, archivedBy: command.by } }];
}
