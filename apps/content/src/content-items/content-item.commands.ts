import type { StyleRule } from './style-guide/style-rules';
import type { ContentPlatform, ItemContent, ReviewChecklist } from './content-item.values';
import type { VariantDraft } from './platform-limits';

type Command<T extends string, D = object> = { type: T; contentItemId: string; by: string } & D;

export type CreateContentItem = Command<'CreateContentItem', { content: ItemContent }>;
export type ReviseContentItem = Command<'ReviseContentItem', { content: ItemContent }>;
export type SetContentVariant = Command<'SetContentVariant', { variant: VariantDraft; styleRules: readonly StyleRule[] }>;
/** `screeningIds` are chosen by the caller (fresh uuids) so the decider stays pure. */
export type SubmitContentItem = Command<'SubmitContentItem', { screeningIds: Partial<Record<ContentPlatform, string>>; now: Date }>;
export type RecordContentScreening = Command<'RecordContentScreening', { screeningId: string; verdict: 'pass' | 'censored' | 'needs_review' | 'blocked'; caseId?: string }>;
export type ReviewContentItem = Command<'ReviewContentItem', { decision: 'approve' | 'reject'; checklist: ReviewChecklist; comment?: string }>;
export type ScheduleContentItem = Command<'ScheduleContentItem', { publishAt: Date; now: Date }>;
export type UnscheduleContentItem = Command<'UnscheduleContentItem'>;
export type PublishContentItem = Command<'PublishContentItem', { now: Date }>;
/** The content clock's step: publishes a scheduled item whose time has come, and nothing else. */
export type PublishDueContentItem = Command<'PublishDueContentItem', { now: Date }>;
export type FastTrackContentItem = Command<'FastTrackContentItem', { reason: string; now: Date }>;
export type ConfirmContentPost = Command<'ConfirmContentPost', { platform: ContentPlatform; platformPostId: string; url: string }>;
export type ArchiveContentItem = Command<'ArchiveContentItem'>;

export type ContentItemCommand =
  | CreateContentItem
  | ReviseContentItem
  | SetContentVariant
  | SubmitContentItem
  | RecordContentScreening
  | ReviewContentItem
  | ScheduleContentItem
  | UnscheduleContentItem
  | PublishContentItem
  | PublishDueContentItem
  | FastTrackContentItem
  | ConfirmContentPost
  | ArchiveContentItem;
