import { ContentItemCreatedV1, ContentItemRevisedV1, ContentPublishedV1, ContentReviewedV1, ContributionPostedV1, EngagementSignalRecordedV1, type EventEnvelope } from '@groundswell/events';

/** What an item is (as drafted or revised): its type, format, target communities and brand topic. */
export interface ItemFact {
  kind: 'item';
  change: 'drafted' | 'revised';
  contentType: string;
  format: string;
  communityIds: string[];
  brandTopic: string | null;
  /** The subject who drafted it (a staff creator); absent on a revision. */
  createdBy?: string;
}

/** An item went out (ContentPublished); `publishedAt` is when, the fast track included. */
export interface PublishedFact {
  kind: 'published';
  contentType: string;
  format: string;
  communityIds: string[];
  platforms: string[];
  fastTrack: boolean;
  publishedAt: string;
}

/** One review round's four-axis checklist (CNT-24). */
export interface ReviewFact {
  kind: 'review';
  phase: 'pre_publication' | 'post_publication';
  decision: 'approve' | 'reject';
  checklist: { quality: boolean; accuracy: boolean; compliance: boolean; brandFit: boolean };
}

/** One engagement signal on an item or contribution, in the community it was shown in. */
export interface EngagementFact {
  kind: 'engagement';
  signal: string;
  platform: string;
  memberId: string | null;
  dwellMs: number | null;
}

/** A member's (or an operator's seeded topic's) contribution in a community. */
export interface ContributionFact {
  kind: 'contribution';
  contributionKind: string;
  authorMemberId: string | null;
}

export type ContentFact = ItemFact | PublishedFact | ReviewFact | EngagementFact | ContributionFact;

/** A fact with the item (or contribution) it is about and, where the event names one, its community. */
export interface ScopedContentFact {
  itemId: string;
  communityId: string | null;
  fact: ContentFact;
}

/**
 * Reads the content fact out of one decoded event from gs.content.content-item, .engagement or
 * .contribution. The projection and the from-scratch batch both use it, so they agree on what an event means.
 * ContentOriginalityChecked stays in the content service's store (no topic), so originality is not read here.
 */
export function contentFactOf(event: EventEnvelope): ScopedContentFact | undefined {
  if (ContentItemCreatedV1.is(event) || ContentItemRevisedV1.is(event)) {
    const { contentItemId, contentType, format, communityIds, brandTopic } = event.data;
    const createdBy = ContentItemCreatedV1.is(event) ? { createdBy: event.data.createdBy } : {};
    const change = ContentItemCreatedV1.is(event) ? 'drafted' : 'revised';
    return { itemId: contentItemId, communityId: null, fact: { kind: 'item', change, contentType, format, communityIds, brandTopic: brandTopic ?? null, ...createdBy } };
  }
  if (ContentPublishedV1.is(event)) {
    const { contentItemId, contentType, format, communityIds, platforms, fastTrack, publishedAt } = event.data;
    return { itemId: contentItemId, communityId: null, fact: { kind: 'published', contentType, format, communityIds, platforms, fastTrack, publishedAt } };
  }
  if (ContentReviewedV1.is(event)) {
    const { contentItemId, phase, decision, checklist } = event.data;
    return { itemId: contentItemId, communityId: null, fact: { kind: 'review', phase, decision, checklist } };
  }
  if (EngagementSignalRecordedV1.is(event)) {
    const { itemId, communityId, kind, platform, memberId, dwellMs } = event.data;
    return { itemId, communityId, fact: { kind: 'engagement', signal: kind, platform, memberId: memberId ?? null, dwellMs: dwellMs ?? null } };
  }
  if (ContributionPostedV1.is(event)) {
    const { contributionId, communityId, kind, authorMemberId } = event.data;
    return { itemId: contributionId, communityId, fact: { kind: 'contribution', contributionKind: kind, authorMemberId: authorMemberId ?? null } };
  }
  return undefined;
}
