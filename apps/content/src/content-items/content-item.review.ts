import { MAX_SCREENING_REQUEST_TEXT } from '@groundswell/events';
import type { RecordContentScreening, ReviewContentItem, SubmitContentItem } from './content-item.commands';
import { ContentItemError } from './content-item.error';
import { contentItemEventTypes, SCREENING_REQUESTER, type ContentItemEvent } from './content-item.events';
import { exists, type ContentItemState, type ExistingContentItem } from './content-item.state';
import { approvalRounds } from './content-item.values';

function found(state: ContentItemState, contentItemId: string): ExistingContentItem {
  if (!exists(state)) throw new ContentItemError('CONTENT_ITEM_NOT_FOUND', 'No such content item', { contentItemId });
  return state;
}

/** Draft or rejected → in review: one screening request to moderation per variant. */
export function submit(command: SubmitContentItem, given: ContentItemState): ContentItemEvent[] {
  const state = found(given, command.contentItemId);
  if (state.status !== 'draft' && state.status !== 'rejected') {
    throw new ContentItemError('CONTENT_STATUS_INVALID', `A ${state.status} item cannot be submitted`, { status: state.status });
  }
  const variants = Object.values(state.variants);
  if (variants.length === 0) throw new ContentItemError('NO_VARIANTS', 'Write a variant for at least one platform before submitting');
  const known = new Set(state.content.media.map((asset) => asset.assetId));
  if (variants.some((variant) => variant.mediaAssetIds.some((id) => !known.has(id)))) {
    throw new ContentItemError('VARIANT_MEDIA_UNKNOWN', 'A variant uses a media asset the item no longer has');
  }
  const screenings = variants.map((variant) => {
    const screeningId = command.screeningIds[variant.platform];
    if (!screeningId) throw new Error(`No screening id for the ${variant.platform} variant`);
    return { variant, screeningId };
  });
  const { contentItemId } = command;
  const { contentType, format, communityIds, title, text, riskTier } = state.content;
  const submitted: ContentItemEvent = {
    type: contentItemEventTypes.submitted,
    data: {
      contentItemId,
      submission: state.submission + 1,
      roundsRequired: approvalRounds[riskTier],
      riskTier,
      contentType,
      format,
      communityIds,
      title,
      text,
      variants: screenings.map(({ variant, screeningId }) => ({ platform: variant.platform, screeningId })),
      submittedBy: command.by,
      submittedAt: command.now.toISOString(),
    },
  };
  const requests: ContentItemEvent[] = screenings.map(({ variant, screeningId }) => ({
    type: contentItemEventTypes.screeningRequested,
    data: {
      screeningId,
      target: { kind: 'content', id: contentItemId, communityId: communityIds[0] },
      text: [variant.title, variant.text, variant.hashtags.join(' ')].filter(Boolean).join('\n').slice(0, MAX_SCREENING_REQUEST_TEXT),
      requestedBy: SCREENING_REQUESTER,
    },
  }));
  return [submitted, ...requests];
}

/** Moderation's verdict on a variant; a verdict of an earlier submission, or one heard before, changes nothing. */
export function recordScreening(command: RecordContentScreening, given: ContentItemState): ContentItemEvent[] {
  const state = found(given, command.contentItemId);
  const screening = state.screenings[command.screeningId];
  if (!screening || screening.verdict) return [];
  const { contentItemId, screeningId, verdict, caseId } = command;
  return [{ type: contentItemEventTypes.screened, data: { contentItemId, screeningId, platform: screening.platform, verdict, caseId } }];
}

const authorsOf = (state: ExistingContentItem) => new Set([state.createdBy, ...state.content.team.filter((member) => member.role === 'copywriter').map((member) => member.subject)]);

/** One review round: an approval of every axis by someone who is not an author, or a rejection with comments. */
export function review(command: ReviewContentItem, given: ContentItemState): ContentItemEvent[] {
  const state = found(given, command.contentItemId);
  const postPublication = state.status === 'published' && state.fastTrack && !state.postReviewed;
  if (state.status !== 'in_review' && !postPublication) {
    throw new ContentItemError('CONTENT_STATUS_INVALID', `A ${state.status} item is not waiting for review`, { status: state.status });
  }
  if (authorsOf(state).has(command.by)) throw new ContentItemError('SELF_APPROVAL', 'An author never reviews their own item');
  const comment = command.comment?.trim() || undefined;
  const { checklist, decision, contentItemId } = command;
  const round = postPublication ? 1 : state.approvers.length + 1;
  const reviewed: ContentItemEvent = {
    type: contentItemEventTypes.reviewed,
    data: { contentItemId, round, phase: postPublication ? 'post_publication' : 'pre_publication', decision, checklist, comment, reviewedBy: command.by },
  };
  if (decision === 'reject') {
    if (!comment) throw new ContentItemError('COMMENT_REQUIRED', 'Say what to change when rejecting');
    return [reviewed];
  }
  if (!Object.values(checklist).every(Boolean)) throw new ContentItemError('CHECKLIST_INCOMPLETE', 'Approve only when quality, accuracy, compliance and brand fit all pass (CNT-24)', { checklist });
  if (postPublication) return [reviewed];
  const verdicts = Object.values(state.screenings);
  if (verdicts.some((screening) => screening.verdict === 'blocked') || state.blocked) throw new ContentItemError('SCREENING_BLOCKED', 'Moderation blocked a variant; it cannot be approved');
  if (verdicts.some((screening) => !screening.verdict)) throw new ContentItemError('SCREENING_PENDING', 'Moderation has not screened every variant yet');
  if (state.approvers.includes(command.by)) throw new ContentItemError('SAME_APPROVER', 'Each round needs a different approver (CNT-22)', { round });
  if (round < state.roundsRequired) return [reviewed];
  return [reviewed, { type: contentItemEventTypes.approved, data: { contentItemId, approvers: [...state.approvers, command.by], rounds: round } }];
}
