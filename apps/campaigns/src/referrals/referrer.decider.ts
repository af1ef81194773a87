import type { Decider } from '@groundswell/event-store';
import { thresholdGrantId } from '../rewards/grant-id';
import { ReferralError } from './referral.error';
import { referralEventTypes, type Disqualification, type FlagOutcome, type ReferralProgrammeRules, type ReferrerEvent } from './referral.events';

export interface IssueReferralCode {
  type: 'IssueReferralCode';
  campaignId: string;
  referrerId: string;
  code: string;
  campaignStatus: string;
  now: Date;
  by: string;
}

/** What an acceptance is decided on, read in the use case's transaction. */
export interface InviteeFacts {
  campaignStatus: string;
  rules: ReferralProgrammeRules;
  /** Who invited this member in this campaign already, if anyone. */
  referredBy: string | null;
  /** The referrer's own inviters, up the tree: the invitee among them would close a cycle. */
  referrerAncestors: string[];
  /** When Groundswell first knew the invitee or any of their identities (identity replica); null when never. */
  inviteeFirstKnownAt: string | null;
}

export interface AcceptReferral {
  type: 'AcceptReferral';
  inviteeId: string;
  invitee: InviteeFacts;
  now: Date;
  by: string;
}

export interface ReviewReferrerFlag {
  type: 'ReviewReferrerFlag';
  outcome: FlagOutcome;
  note: string;
  now: Date;
  by: string;
}

export type ReferrerCommand = IssueReferralCode | AcceptReferral | ReviewReferrerFlag;

export type FlagStatus = 'none' | 'flagged' | FlagOutcome;
export type ReferrerState =
  | { status: 'none' }
  | { status: 'issued'; campaignId: string; referrerId: string; issuedAt: string; invitees: string[]; acceptedAt: string[]; qualifiedInvites: number; thresholdsReached: number[]; flag: FlagStatus };

type Issued = Extract<ReferrerState, { status: 'issued' }>;
const MAX_MEMBER_ID = 64;

function memberId(value: string): string {
  const id = value.trim();
  if (!id || id.length > MAX_MEMBER_ID) throw new ReferralError('MEMBER_ID_INVALID', `A member id is 1–${MAX_MEMBER_ID} characters`);
  return id;
}

function issue(command: IssueReferralCode, state: ReferrerState): ReferrerEvent[] {
  if (state.status === 'issued') return []; // the member keeps the code they were given
  if (['ended', 'reviewed', 'none'].includes(command.campaignStatus)) throw new ReferralError('CAMPAIGN_NOT_RUNNING', 'Referral codes are issued until the campaign ends', { status: command.campaignStatus });
  const { campaignId, code, by, now } = command;
  return [{ type: referralEventTypes.codeIssued, data: { campaignId, referrerId: memberId(command.referrerId), code, issuedBy: by, issuedAt: now.toISOString() } }];
}

function disqualification(state: Issued, invitee: InviteeFacts): Disqualification | null {
  // Known before the code existed means the invite did not bring them: a re-registration or a second account.
  if (invitee.inviteeFirstKnownAt !== null && new Date(invitee.inviteeFirstKnownAt) < new Date(state.issuedAt)) return 'invitee_already_known';
  if (state.flag === 'confirmed') return 'referrer_confirmed_fraud';
  if (state.qualifiedInvites >= invitee.rules.perReferrerCap) return 'referrer_cap_reached';
  return null;
}

function accept(command: AcceptReferral, state: ReferrerState): ReferrerEvent[] {
  if (state.status === 'none') throw new ReferralError('REFERRAL_CODE_NOT_FOUND', 'No such referral code');
  const { invitee, now, by } = command;
  const inviteeId = memberId(command.inviteeId);
  const { campaignId, referrerId } = state;
  if (invitee.campaignStatus !== 'running') throw new ReferralError('CAMPAIGN_NOT_RUNNING', 'Referrals are accepted while the campaign runs', { status: invitee.campaignStatus });
  if (inviteeId === referrerId) throw new ReferralError('SELF_REFERRAL', 'A member cannot invite themselves');
  if (invitee.referredBy === referrerId || state.invitees.includes(inviteeId)) return []; // the same join reported again
  if (invitee.referredBy !== null) throw new ReferralError('INVITEE_ALREADY_REFERRED', 'Another member invited this member to the campaign already');
  if (invitee.referrerAncestors.includes(inviteeId)) throw new ReferralError('REFERRAL_CYCLE', 'The invitee is among the referrer\'s own inviters');

  const reason = disqualification(state, invitee);
  const qualifiedInvites = state.qualifiedInvites + (reason === null ? 1 : 0);
  const at = now.toISOString();
  const events: ReferrerEvent[] = [
    { type: referralEventTypes.accepted, data: { campaignId, referrerId, inviteeId, qualified: reason === null, disqualification: reason, qualifiedInvites, acceptedBy: by, acceptedAt: at } },
  ];
  if (reason === null) {
    for (const { invites, reward } of invitee.rules.thresholds) {
      if (invites === qualifiedInvites && !state.thresholdsReached.includes(invites)) {
        events.push({ type: referralEventTypes.thresholdReached, data: { campaignId, referrerId, invites, reward, grantId: thresholdGrantId(campaignId, referrerId, invites), reachedAt: at } });
      }
    }
  }
  const { invites, windowMinutes } = invitee.rules.burst;
  const windowStart = now.getTime() - windowMinutes * 60_000;
  const invitesInWindow = [...state.acceptedAt, at].filter((instant) => new Date(instant).getTime() > windowStart).length;
  if (state.flag === 'none' && invitesInWindow >= invites) {
    events.push({ type: referralEventTypes.flagged, data: { campaignId, referrerId, reason: 'invite_burst', invitesInWindow, windowMinutes, flaggedAt: at } });
  }
  return events;
}

function review(command: ReviewReferrerFlag, state: ReferrerState): ReferrerEvent[] {
  if (state.status === 'none') throw new ReferralError('REFERRAL_CODE_NOT_FOUND', 'The member has no referral code in this campaign');
  if (state.flag !== 'flagged') throw new ReferralError('REFERRER_NOT_FLAGGED', 'Only a flagged referrer awaits review', { flag: state.flag });
  const note = command.note.trim();
  if (!note || note.length > 500) throw new ReferralError('REVIEW_NOTE_INVALID', 'A review note is 1–500 characters');
  const { campaignId, referrerId } = state;
  return [{ type: referralEventTypes.flagReviewed, data: { campaignId, referrerId, outcome: command.outcome, note, reviewedBy: command.by, reviewedAt: command.now.toISOString() } }];
}

function evolve(state: ReferrerState, event: ReferrerEvent): ReferrerState {
  if (event.type === referralEventTypes.codeIssued) {
    const { campaignId, referrerId, issuedAt } = event.data;
    return { status: 'issued', campaignId, referrerId, issuedAt, invitees: [], acceptedAt: [], qualifiedInvites: 0, thresholdsReached: [], flag: 'none' };
  }
  const issued = state as Issued;
  switch (event.type) {
    case referralEventTypes.accepted:
      return { ...issued, invitees: [...issued.invitees, event.data.inviteeId], acceptedAt: [...issued.acceptedAt, event.data.acceptedAt], qualifiedInvites: event.data.qualifiedInvites };
    case referralEventTypes.thresholdReached:
      return { ...issued, thresholdsReached: [...issued.thresholdsReached, event.data.invites] };
    case referralEventTypes.flagged:
      return { ...issued, flag: 'flagged' };
    default:
      return { ...issued, flag: event.data.outcome };
  }
}

/** One referrer in one campaign: their code, who they invited, the thresholds they reached, and fraud flags. */
export const referrerDecider: Decider<ReferrerCommand, ReferrerEvent, ReferrerState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => (command.type === 'IssueReferralCode' ? issue(command, state) : command.type === 'AcceptReferral' ? accept(command, state) : review(command, state)),
  evolve,
};
