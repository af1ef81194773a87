import { contributionKinds, type DataOf, type ContributionPostedV1 } from '@groundswell/events';

export type ContributionKind = (typeof contributionKinds)[number];
export type Visibility = DataOf<typeof ContributionPostedV1>['visibility'];

/** pre: hidden until moderation screened it; post: shown at once, taken down if screening blocks it. */
export const moderationModes = ['pre', 'post'] as const;
export type ModerationMode = (typeof moderationModes)[number];

export interface PostedContribution {
  status: 'posted';
  contributionId: string;
  communityId: string;
  kind: ContributionKind;
  authorMemberId?: string;
  visibility: Visibility;
  screeningId: string;
  screened: boolean;
  pinned: boolean;
  promoted: boolean;
  accepted: boolean;
  rewarded: boolean;
  pollOptionCount: number;
  voters: ReadonlySet<string>;
}

export type ContributionState = { status: 'none' } | PostedContribution;

/** Thread roots stand alone; the others hang under a parent of these kinds. */
export const allowedParents: Record<ContributionKind, readonly ContributionKind[]> = {
  topic: [],
  post: [],
  question: [],
  poll: [],
  comment: ['topic', 'post', 'question', 'poll', 'answer'],
  reply: ['comment'],
  answer: ['question'],
};

export const isThreadRoot = (kind: ContributionKind) => allowedParents[kind].length === 0;
