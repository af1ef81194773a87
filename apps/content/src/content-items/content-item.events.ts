import { ConnectorContentPublishedV1, ContentApprovedV1, ContentArchivedV1, ContentFastTrackedV1, ContentItemCreatedV1, ContentItemRevisedV1, ContentPostConfirmedV1, ContentPublishedV1, ContentReviewedV1, ContentScheduledV1, ContentScreenedV1, ContentSubmittedV1, ContentUnscheduledV1, ContentVariantSetV1, ScreeningRequestedV1 } from '@groundswell/events';
import type { z } from 'zod';

type Of<D extends { type: string; schema: z.ZodType }> = { type: D['type']; data: z.output<D['schema']> };

export type ContentItemCreated = Of<typeof ContentItemCreatedV1>;
export type ContentItemRevised = Of<typeof ContentItemRevisedV1>;
export type ContentVariantSet = Of<typeof ContentVariantSetV1>;
export type ContentSubmitted = Of<typeof ContentSubmittedV1>;
export type ContentScreened = Of<typeof ContentScreenedV1>;
export type ContentReviewed = Of<typeof ContentReviewedV1>;
export type ContentApproved = Of<typeof ContentApprovedV1>;
export type ContentScheduled = Of<typeof ContentScheduledV1>;
export type ContentUnscheduled = Of<typeof ContentUnscheduledV1>;
export type ContentFastTracked = Of<typeof ContentFastTrackedV1>;
export type ContentPublished = Of<typeof ContentPublishedV1>;
export type ContentPostConfirmed = Of<typeof ContentPostConfirmedV1>;
export type ContentArchived = Of<typeof ContentArchivedV1>;
/** Appended with ContentSubmitted; the relay routes it to moderation's request topic. */
export type ScreeningRequested = Of<typeof ScreeningRequestedV1>;
/** Appended with ContentPublished, one per variant; the relay routes it to gs.connector.content.v1. */
export type ConnectorContentPublished = Of<typeof ConnectorContentPublishedV1>;

export type ContentItemEvent =
  | ContentItemCreated
  | ContentItemRevised
  | ContentVariantSet
  | ContentSubmitted
  | ContentScreened
  | ContentReviewed
  | ContentApproved
  | ContentScheduled
  | ContentUnscheduled
  | ContentFastTracked
  | ContentPublished
  | ContentPostConfirmed
  | ContentArchived
  | ScreeningRequested
  | ConnectorContentPublished;

export const contentItemEventTypes = {
  created: ContentItemCreatedV1.type,
  revised: ContentItemRevisedV1.type,
  variantSet: ContentVariantSetV1.type,
  submitted: ContentSubmittedV1.type,
  screened: ContentScreenedV1.type,
  reviewed: ContentReviewedV1.type,
  approved: ContentApprovedV1.type,
  scheduled: ContentScheduledV1.type,
  unscheduled: ContentUnscheduledV1.type,
  fastTracked: ContentFastTrackedV1.type,
  published: ContentPublishedV1.type,
  postConfirmed: ContentPostConfirmedV1.type,
  archived: ContentArchivedV1.type,
  screeningRequested: ScreeningRequestedV1.type,
  connectorPublished: ConnectorContentPublishedV1.type,
} as const;

export const contentItemStreamType = 'content-item';
export const contentItemStream = (contentItemId: string) => ({ streamId: `${contentItemStreamType}-${contentItemId}`, streamType: contentItemStreamType });

/** Who asks moderation to screen, in ScreeningRequested.requestedBy. */
export const SCREENING_REQUESTER = 'content';
