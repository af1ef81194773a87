import type { ContributionKind, ModerationMode } from './contribution.state';

/** What a new contribution is posted under, read from the parent's row. */
export interface ParentFacts {
  contributionId: string;
  kind: ContributionKind;
  threadId: string;
  communityId: string;
  visibility: 'pending_screening' | 'visible' | 'hidden';
}

export interface PostContribution {
  type: 'PostContribution';
  contributionId: string;
  communityId: string;
  kind: ContributionKind;
  parent?: ParentFacts;
  authorMemberId?: string;
  title?: string;
  body: string;
  pollOptions?: string[];
  moderation: ModerationMode;
  screeningId: string;
  by: string;
}

export interface RecordScreening {
  type: 'RecordScreening';
  screeningId: string;
  verdict: 'pass' | 'censored' | 'needs_review' | 'blocked';
  censoredText?: string;
}

export interface HideContribution {
  type: 'HideContribution';
  sanctionId: string;
  by: string;
}

export interface PinContribution {
  type: 'PinContribution' | 'UnpinContribution';
  by: string;
}

export interface PromoteContribution {
  type: 'PromoteContribution';
  note?: string;
  rewardPoints: number;
  by: string;
}

export interface AcceptAnswer {
  type: 'AcceptAnswer';
  question: { contributionId: string; authorMemberId?: string; acceptedAnswerId: string | null };
  /** The member accepting, or an operator curating the community. */
  acceptor: { memberId: string } | { operator: true };
  rewardPoints: number;
  by: string;
}

export interface VoteInPoll {
  type: 'VoteInPoll';
  memberId: string;
  option: number;
  by: string;
}

export type ContributionCommand = PostContribution | RecordScreening | HideContribution | PinContribution | PromoteContribution | AcceptAnswer | VoteInPoll;
