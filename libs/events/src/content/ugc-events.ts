import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';

// Member contributions (UGC, CNT-42…49) on gs.content.contribution, keyed by `contribution-<id>`.
const contributionId = z.uuid().describe('The contribution');
const communityId = z.uuid().describe('The community it was posted in');
const subject = z.string().min(1).max(200).describe('Subject of who acted (system:moderation for screening and sanctions)');

export const contributionKinds = ['topic', 'post', 'comment', 'reply', 'question', 'answer', 'poll'] as const;
export const contributionKindSchema = z
  .enum(contributionKinds)
  .describe('topic: a thread an operator seeds; post; comment on a post/topic/poll/question; reply to a comment; question; answer to a question; poll');

export const contributionVisibilitySchema = z
  .enum(['pending_screening', 'visible', 'hidden'])
  .describe('pending_screening: pre-moderated and not shown until screened; hidden: blocked by screening or deleted by a moderation sanction');

const contributionEvent = <Name extends string, Shape extends z.ZodRawShape>(name: Name, description: string, shape: Shape) =>
  defineEvent({ service: 'content', name, version: 1 as const, description, schema: z.object({ contributionId, communityId, ...shape }) });

export const ContributionPostedV1 = contributionEvent('ContributionPosted', 'A member (or an operator seeding a topic) posted a contribution in a community.', {
  kind: contributionKindSchema,
  parentId: z.uuid().optional().describe('What it answers, comments on or replies to'),
  threadId: z.uuid().describe('The thread root (itself for a topic, post, question or poll)'),
  authorMemberId: z.uuid().optional().describe('The member who wrote it; absent for a topic an operator seeded'),
  title: z.string().min(1).max(200).optional().describe('For topics, posts, questions and polls'),
  body: z.string().min(1).max(10_000).describe('The text as written (CNT-59: kept for analysis)'),
  pollOptions: z.array(z.string().min(1).max(100)).min(2).max(20).optional().describe('A poll’s options, in order'),
  visibility: contributionVisibilitySchema,
  postedBy: subject,
});

export const ContributionScreenedV1 = contributionEvent('ContributionScreened', 'Moderation’s verdict on the contribution’s text arrived; it decides whether the contribution shows.', {
  screeningId: z.uuid().describe('The moderation screening'),
  verdict: z.enum(['pass', 'censored', 'needs_review', 'blocked']).describe('The moderation verdict'),
  visibility: contributionVisibilitySchema,
  censoredText: z.string().min(1).max(20_000).optional().describe('What is shown instead of title and body, for a censored verdict'),
});

export const ContributionHiddenV1 = contributionEvent('ContributionHidden', 'A moderation `delete_content` sanction took the contribution down.', {
  sanctionId: z.uuid().describe('The moderation sanction'),
  hiddenBy: subject,
});

export const ContributionPinnedV1 = contributionEvent('ContributionPinned', 'An operator pinned a topic or post to the top of its community (CNT-44).', { pinnedBy: subject });
export const ContributionUnpinnedV1 = contributionEvent('ContributionUnpinned', 'An operator unpinned it.', { unpinnedBy: subject });
export const ContributionPromotedV1 = contributionEvent('ContributionPromoted', 'An operator promoted the contribution to showcase content (CNT-46).', {
  note: z.string().min(1).max(500).optional().describe('Why it is showcased'),
  promotedBy: subject,
});
export const AnswerAcceptedV1 = contributionEvent('AnswerAccepted', 'The asker (or an operator) accepted this answer to a question (CNT-48); a question has one accepted answer.', {
  questionId: z.uuid().describe('The question it answers'),
  acceptedBy: subject,
});
export const PollVotedV1 = contributionEvent('PollVoted', 'A member voted in a poll (CNT-57).', {
  memberId: z.uuid().describe('The voter'),
  option: z.int().min(0).max(19).describe('Index of the chosen option'),
});
export const ContributionRewardedV1 = contributionEvent(
  'ContributionRewarded',
  'An accepted contribution (an accepted answer, or one promoted to showcase) earns its author points (CNT-43); at most once per contribution. The members service credits them with source `contribution:<contributionId>`.',
  {
    memberId: z.uuid().describe('The author who earns the points'),
    points: z.int().min(1).max(100_000).describe('Points earned'),
    reason: z.enum(['answer_accepted', 'promoted']).describe('Why it was accepted'),
  },
);

export const ugcEvents = [
  ContributionPostedV1,
  ContributionScreenedV1,
  ContributionHiddenV1,
  ContributionPinnedV1,
  ContributionUnpinnedV1,
  ContributionPromotedV1,
  AnswerAcceptedV1,
  PollVotedV1,
  ContributionRewardedV1,
] as const;
