import type { activityKinds, DataOf, EngagementSignalRecordedV1 } from '@groundswell/events';

type SignalKind = DataOf<typeof EngagementSignalRecordedV1>['kind'];
type ActivityKind = (typeof activityKinds)[number];

/**
 * What a member's engagement with content counts as for the lifecycle. Impressions and play
 * starts are not the member's doing (the feed showed it; a completion or a view follows if they
 * watched), so they count as nothing.
 */
export const activityKindOfSignal: Record<SignalKind, ActivityKind | undefined> = {
  impression: undefined,
  view: 'content_view',
  click: 'content_view',
  video_play_started: undefined,
  video_play_completed: 'content_view',
  like: 'reaction',
  vote: 'reaction',
  comment: 'comment',
  share: 'share',
  repost: 'share',
};
