import type { Decider } from '@groundswell/event-store';
import { AnswerAcceptedV1, ContributionHiddenV1, ContributionPinnedV1, ContributionPostedV1, ContributionPromotedV1, ContributionRewardedV1, ContributionScreenedV1, ContributionUnpinnedV1, PollVotedV1, ScreeningRequestedV1 } from '@groundswell/events';
import type { AcceptAnswer, ContributionCommand, HideContribution, PinContribution, PostContribution, PromoteContribution, RecordScreening, VoteInPoll } from './contribution.commands';
import { ContributionError } from './contribution.error';
import { moderationContentId, type ContributionEvent } from './contribution.events';
import { validContribution } from './contribution.validation';
import { allowedParents, isThreadRoot, type ContributionState, type PostedContribution, type Visibility } from './contribution.state';

function requirePosted(state: ContributionState): PostedContribution {
  if (state.status === 'none') throw new ContributionError('CONTRIBUTION_NOT_FOUND', 'No such contribution');
  return state;
}

function requireVisible(state: PostedContribution): void {
  if (state.visibility !== 'visible') throw new ContributionError('CONTRIBUTION_NOT_VISIBLE', 'The contribution is not shown (awaiting screening or taken down)', { visibility: state.visibility });
}

function post(command: PostContribution, state: ContributionState): ContributionEvent[] {
  if (state.status !== 'none') throw new ContributionError('CONTRIBUTION_EXISTS', 'This contribution exists already', { contributionId: command.contributionId });
  const { kind, parent } = command;
  if (isThreadRoot(kind) && parent) throw new ContributionError('PARENT_NOT_ALLOWED', `A ${kind} starts a thread of its own`);
  if (!isThreadRoot(kind)) {
    if (!parent) throw new ContributionError('PARENT_NOT_ALLOWED', `A ${kind} needs a ${allowedParents[kind].join(' or ')} to go under`);
    if (!allowedParents[kind].includes(parent.kind) || parent.communityId !== command.communityId) {
      throw new ContributionError('PARENT_NOT_ALLOWED', `A ${kind} cannot go under a ${parent.kind} of another community or kind`, { parentKind: parent.kind });
    }
    if (parent.visibility !== 'visible') throw new ContributionError('PARENT_NOT_VISIBLE', 'The contribution it goes under is not shown', { parentId: parent.contributionId });
  }
  // Topics are seeded by operators (CNT-44); everything else has a member as its author.
  if (kind === 'topic' ? command.authorMemberId !== undefined : command.authorMemberId === undefined) {
    throw new ContributionError('AUTHOR_REQUIRED', kind === 'topic' ? 'A topic is seeded by an operator, not by a member' : 'A member contribution names its author');
  }
  const content = validContribution(command);
  const visibility: Visibility = command.moderation === 'pre' ? 'pending_screening' : 'visible';
  const { contributionId, communityId, authorMemberId, screeningId, by } = command;
  const threadId = parent?.threadId ?? contributionId;
  const screeningText = [content.title, content.body, ...(content.pollOptions ?? [])].filter(Boolean).join('\n');
  return [
    {
      type: ContributionPostedV1.type,
      data: { contributionId, communityId, kind, ...(parent && { parentId: parent.contributionId }), threadId, ...(authorMemberId && { authorMemberId }), ...content, visibility, postedBy: by },
    },
    {
      type: ScreeningRequestedV1.type,
      data: { screeningId, target: { kind: 'content', id: moderationContentId(contributionId), communityId }, text: screeningText, ...(authorMemberId && { memberId: authorMemberId }), requestedBy: 'content' },
    },
  ];
}

function screen(command: RecordScreening, state: PostedContribution): ContributionEvent[] {
  // Another screening of the same text (a retried request with a new id) or a repeat changes nothing.
  if (command.screeningId !== state.screeningId || state.screened) return [];
  const visibility: Visibility =
    state.visibility === 'hidden' || command.verdict === 'blocked' ? 'hidden' : command.verdict === 'needs_review' ? state.visibility : 'visible';
  const { contributionId, communityId } = state;
  const censoredText = command.verdict === 'censored' ? command.censoredText : undefined;
  return [{ type: ContributionScreenedV1.type, data: { contributionId, communityId, screeningId: command.screeningId, verdict: command.verdict, visibility, ...(censoredText && { censoredText }) } }];
}

function hide(command: HideContribution, state: PostedContribution): ContributionEvent[] {
  if (state.visibility === 'hidden') return [];
  return [{ type: ContributionHiddenV1.type, data: { contributionId: state.contributionId, communityId: state.communityId, sanctionId: command.sanctionId, hiddenBy: command.by } }];
}

function pin(command: PinContribution, state: PostedContribution): ContributionEvent[] {
  const { contributionId, communityId } = state;
  if (command.type === 'UnpinContribution') return state.pinned ? [{ type: ContributionUnpinnedV1.type, data: { contributionId, communityId, unpinnedBy: command.by } }] : [];
  if (!isThreadRoot(state.kind)) throw new ContributionError('NOT_PINNABLE', 'Only a thread (topic, post, question, poll) is pinned', { kind: state.kind });
  requireVisible(state);
  return state.pinned ? [] : [{ type: ContributionPinnedV1.type, data: { contributionId, communityId, pinnedBy: command.by } }];
}

/** The author's points for an accepted contribution, once per contribution whatever accepts it. */
function reward(state: PostedContribution, points: number, reason: 'answer_accepted' | 'promoted'): ContributionEvent[] {
  if (state.rewarded || !state.authorMemberId || points <= 0) return [];
  return [{ type: ContributionRewardedV1.type, data: { contributionId: state.contributionId, communityId: state.communityId, memberId: state.authorMemberId, points, reason } }];
}

function promote(command: PromoteContribution, state: PostedContribution): ContributionEvent[] {
  requireVisible(state);
  if (state.promoted) return [];
  const note = command.note?.trim();
  if (note !== undefined && note.length > 500) throw new ContributionError('CONTRIBUTION_INVALID', 'A showcase note is at most 500 characters');
  const { contributionId, communityId } = state;
  return [{ type: ContributionPromotedV1.type, data: { contributionId, communityId, ...(note && { note }), promotedBy: command.by } }, ...reward(state, command.rewardPoints, 'promoted')];
}

function accept(command: AcceptAnswer, state: PostedContribution): ContributionEvent[] {
  if (state.kind !== 'answer') throw new ContributionError('NOT_AN_ANSWER', 'Only an answer is accepted', { kind: state.kind });
  const { question, acceptor } = command;
  if (question.acceptedAnswerId === state.contributionId) return [];
  if (question.acceptedAnswerId) throw new ContributionError('ANSWER_ALREADY_ACCEPTED', 'The question has an accepted answer already', { acceptedAnswerId: question.acceptedAnswerId });
  if ('memberId' in acceptor && acceptor.memberId !== question.authorMemberId) throw new ContributionError('NOT_THE_ASKER', 'Only the asker or an operator accepts an answer');
  requireVisible(state);
  const { contributionId, communityId } = state;
  return [{ type: AnswerAcceptedV1.type, data: { contributionId, communityId, questionId: question.contributionId, acceptedBy: command.by } }, ...reward(state, command.rewardPoints, 'answer_accepted')];
}

function vote(command: VoteInPoll, state: PostedContribution): ContributionEvent[] {
  if (state.kind !== 'poll') throw new ContributionError('NOT_A_POLL', 'Votes go to polls', { kind: state.kind });
  requireVisible(state);
  if (!Number.isInteger(command.option) || command.option < 0 || command.option >= state.pollOptionCount) {
    throw new ContributionError('POLL_OPTION_INVALID', `Choose an option 0–${state.pollOptionCount - 1}`, { option: command.option });
  }
  if (state.voters.has(command.memberId)) throw new ContributionError('ALREADY_VOTED', 'The member voted in this poll already');
  return [{ type: PollVotedV1.type, data: { contributionId: state.contributionId, communityId: state.communityId, memberId: command.memberId, option: command.option } }];
}

function decide(command: ContributionCommand, state: ContributionState): ContributionEvent[] {
  if (command.type === 'PostContribution') return post(command, state);
  const posted = requirePosted(state);
  switch (command.type) {
    case 'RecordScreening':
      return screen(command, posted);
    case 'HideContribution':
      return hide(command, posted);
    case 'PinContribution':
    case 'UnpinContribution':
      return pin(command, posted);
    case 'PromoteContribution':
      return promote(command, posted);
    case 'AcceptAnswer':
      return accept(command, posted);
    case 'VoteInPoll':
      return vote(command, posted);
  }
}

function evolve(state: ContributionState, event: ContributionEvent): ContributionState {
  if (event.type === ContributionPostedV1.type) {
    const { contributionId, communityId, kind, authorMemberId, visibility, pollOptions } = event.data;
    return { status: 'posted', contributionId, communityId, kind, authorMemberId, visibility, screeningId: '', screened: false, pinned: false, promoted: false, accepted: false, rewarded: false, pollOptionCount: pollOptions?.length ?? 0, voters: new Set() };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case ScreeningRequestedV1.type:
      return { ...state, screeningId: event.data.screeningId };
    case ContributionScreenedV1.type:
      return { ...state, screened: true, visibility: event.data.visibility };
    case ContributionHiddenV1.type:
      return { ...state, visibility: 'hidden' };
    case ContributionPinnedV1.type:
      return { ...state, pinned: true };
    case ContributionUnpinnedV1.type:
      return { ...state, pinned: false };
    case ContributionPromotedV1.type:
      return { ...state, promoted: true };
    case AnswerAcceptedV1.type:
      return { ...state, accepted: true };
    case ContributionRewardedV1.type:
      return { ...state, rewarded: true };
    case PollVotedV1.type:
      return { ...state, voters: new Set([...state.voters, event.data.memberId]) };
    default:
      return state;
  }
}

export const contributionDecider: Decider<ContributionCommand, ContributionEvent, ContributionState> = { initialState: () => ({ status: 'none' }), decide, evolve };
