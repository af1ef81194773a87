import type { Decider } from '@groundswell/event-store';
import { create, revise, setVariant } from './content-item.authoring';
import type { ContentItemCommand } from './content-item.commands';
import { contentItemEventTypes as types, type ContentItemEvent } from './content-item.events';
import { archive, confirmPost, fastTrack, publish, publishDue, schedule, unschedule } from './content-item.publishing';
import { recordScreening, review, submit } from './content-item.review';
import type { ContentItemState, ExistingContentItem } from './content-item.state';

function decide(command: ContentItemCommand, state: ContentItemState): ContentItemEvent[] {
  switch (command.type) {
    case 'CreateContentItem': return create(command, state);
    case 'ReviseContentItem': return revise(command, state);
    case 'SetContentVariant': return setVariant(command, state);
    case 'SubmitContentItem': return submit(command, state);
    case 'RecordContentScreening': return recordScreening(command, state);
    case 'ReviewContentItem': return review(command, state);
    case 'ScheduleContentItem': return schedule(command, state);
    case 'UnscheduleContentItem': return unschedule(command, state);
    case 'PublishContentItem': return publish(command, state);
    case 'PublishDueContentItem': return publishDue(command, state);
    case 'FastTrackContentItem': return fastTrack(command, state);
    case 'ConfirmContentPost': return confirmPost(command, state);
    case 'ArchiveContentItem': return archive(command, state);
  }
}

function evolveExisting(state: ExistingContentItem, event: ContentItemEvent): ExistingContentItem {
  switch (event.type) {
    case types.revised: {
      const { revisedBy: _, ...content } = event.data;
      return { ...state, content, riskTier: content.riskTier };
    }
    case types.variantSet:
      return { ...state, variants: { ...state.variants, [event.data.variant.platform]: event.data.variant } };
    case types.submitted:
      return {
        ...state,
        status: 'in_review',
        submission: event.data.submission,
        roundsRequired: event.data.roundsRequired,
        approvers: [],
        blocked: false,
        screenings: Object.fromEntries(event.data.variants.map(({ platform, screeningId }) => [screeningId, { platform }])),
      };
    case types.screened: {
      const { screeningId, verdict } = event.data;
      const screenings = { ...state.screenings, [screeningId]: { ...state.screenings[screeningId]!, verdict } };
      return { ...state, screenings, blocked: state.blocked || verdict === 'blocked', roundsRequired: state.roundsRequired + (verdict === 'needs_review' ? 1 : 0) };
    }
    case types.reviewed:
      if (event.data.phase === 'post_publication') return { ...state, postReviewed: true };
      return event.data.decision === 'reject' ? { ...state, status: 'rejected' } : { ...state, approvers: [...state.approvers, event.data.reviewedBy] };
    case types.approved:
      return { ...state, status: 'approved' };
    case types.scheduled:
      return { ...state, status: 'scheduled', publishAt: event.data.publishAt };
    case types.unscheduled:
      return { ...state, status: 'approved', publishAt: undefined };
    case types.fastTracked:
      return { ...state, fastTrack: true };
    case types.published:
      return { ...state, status: 'published' };
    case types.postConfirmed:
      return { ...state, confirmedPosts: { ...state.confirmedPosts, [event.data.platform]: event.data.platformPostId } };
    case types.archived:
      return { ...state, status: 'archived' };
    default:
      // Screening requests and connector records go out with the item's events and change nothing in it.
      return state;
  }
}

function evolve(state: ContentItemState, event: ContentItemEvent): ContentItemState {
  if (event.type === types.created) {
    const { createdBy, ...content } = event.data;
    return {
      status: 'draft',
      content,
      createdBy,
      riskTier: content.riskTier,
      variants: {},
      submission: 0,
      roundsRequired: 0,
      approvers: [],
      screenings: {},
      blocked: false,
      fastTrack: false,
      postReviewed: false,
      confirmedPosts: {},
    };
  }
  return state.status === 'none' ? state : evolveExisting(state, event);
}

export const contentItemDecider: Decider<ContentItemCommand, ContentItemEvent, ContentItemState> = {
  initialState: () => ({ status: 'none' }),
  decide,
  evolve,
};
