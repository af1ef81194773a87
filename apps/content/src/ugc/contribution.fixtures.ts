import { AnswerAcceptedV1, ContributionHiddenV1, ContributionPostedV1, ContributionRewardedV1, ContributionScreenedV1, PollVotedV1, ScreeningRequestedV1 } from '@groundswell/events';
import type { AcceptAnswer, ParentFacts, PostContribution } from './contribution.commands';
import type { ContributionEvent } from './contribution.events';
import type { ContributionKind } from './contribution.state';

export const communityId = '0190c2f8-0000-7000-8000-00000000c001';
export const author = '0190c2f8-0000-7000-8000-00000000a001';
export const asker = '0190c2f8-0000-7000-8000-00000000a002';
export const voter = '0190c2f8-0000-7000-8000-00000000a003';
export const contributionId = '0190c2f8-0000-7000-8000-0000000000b1';
export const questionId = '0190c2f8-0000-7000-8000-0000000000b0';
export const screeningId = '0190c2f8-0000-7000-8000-00000000f001';

export const aParent = (overrides: Partial<ParentFacts> = {}): ParentFacts => ({ contributionId: questionId, kind: 'question', threadId: questionId, communityId, visibility: 'visible', ...overrides });

export const postCommand = (overrides: Partial<PostContribution> = {}): PostContribution => ({
  type: 'PostContribution',
  contributionId,
  communityId,
  kind: 'post',
  authorMemberId: author,
  title: '我的咖啡拉花心得',
  body: '先打发奶泡，再从高处慢慢倒。',
  moderation: 'post',
  screeningId,
  by: 'member-app',
  ...overrides,
});

const rootTitles: Partial<Record<ContributionKind, string>> = { post: '我的咖啡拉花心得', topic: '本周话题：你的早餐', question: '磨豆机怎么选？', poll: '最喜欢的口味' };

/** The events a post command leads to, as the decider writes them. */
export function posted(kind: ContributionKind = 'post', overrides: Partial<ContributionEvent['data'] & { visibility: string; parentId: string; threadId: string }> = {}): ContributionEvent[] {
  const memberAuthored = kind !== 'topic';
  const title = rootTitles[kind];
  const pollOptions = kind === 'poll' ? ['拿铁', '美式'] : undefined;
  const body = '先打发奶泡，再从高处慢慢倒。';
  return [
    {
      type: ContributionPostedV1.type,
      data: {
        contributionId,
        communityId,
        kind,
        threadId: contributionId,
        ...(memberAuthored && { authorMemberId: author }),
        ...(title && { title }),
        body,
        ...(pollOptions && { pollOptions }),
        visibility: 'visible',
        postedBy: 'member-app',
        ...overrides,
      } as never,
    },
    {
      type: ScreeningRequestedV1.type,
      data: {
        screeningId,
        target: { kind: 'content', id: `contribution:${contributionId}`, communityId },
        text: [title, body, ...(pollOptions ?? [])].filter(Boolean).join('\n'),
        ...(memberAuthored && { memberId: author }),
        requestedBy: 'content',
      },
    },
  ];
}

export const screened = (verdict: 'pass' | 'censored' | 'needs_review' | 'blocked', visibility: 'visible' | 'hidden' | 'pending_screening', censoredText?: string): ContributionEvent => ({
  type: ContributionScreenedV1.type,
  data: { contributionId, communityId, screeningId, verdict, visibility, ...(censoredText && { censoredText }) },
});

export const hidden = (): ContributionEvent => ({ type: ContributionHiddenV1.type, data: { contributionId, communityId, sanctionId: '0190c2f8-0000-7000-8000-00000000d001', hiddenBy: 'system:moderation' } });
export const rewarded = (reason: 'answer_accepted' | 'promoted', points = 10): ContributionEvent => ({ type: ContributionRewardedV1.type, data: { contributionId, communityId, memberId: author, points, reason } });
export const accepted = (by = 'member-app'): ContributionEvent => ({ type: AnswerAcceptedV1.type, data: { contributionId, communityId, questionId, acceptedBy: by } });
export const voted = (memberId = voter, option = 1): ContributionEvent => ({ type: PollVotedV1.type, data: { contributionId, communityId, memberId, option } });

export const acceptCommand = (overrides: Partial<AcceptAnswer> = {}): AcceptAnswer => ({
  type: 'AcceptAnswer',
  question: { contributionId: questionId, authorMemberId: asker, acceptedAnswerId: null },
  acceptor: { memberId: asker },
  rewardPoints: 10,
  by: 'member-app',
  ...overrides,
});

/** An answer under the question, shown. */
export const anAnswer = () => posted('answer', { parentId: questionId, threadId: questionId });
