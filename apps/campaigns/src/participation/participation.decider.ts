import type { Decider } from '@groundswell/event-store';
import { promotionChannels, type PromotionChannel } from '../campaigns/campaign.values';
import type { EligibilityVerdict } from '../eligibility/eligibility.rules';
import type { CampaignFacts } from './campaign-facts';
import { isTimeZone, localDay, nextStreak } from './check-in-day';
import { ParticipationError } from './participation.error';
import { participationEventTypes, type BallotOption, type ParticipationEvent } from './participation.events';

interface ParticipantCommand {
  campaign: CampaignFacts;
  memberId: string;
  eligibility: EligibilityVerdict;
  now: Date;
}

export interface JoinCampaign extends ParticipantCommand {
  type: 'JoinCampaign';
  channel: PromotionChannel | null;
  referralCode: string | null;
}

export interface CheckIn extends ParticipantCommand {
  type: 'CheckIn';
  /** The member's own time zone when known; else the campaign's. */
  timeZone: string;
}

export interface CastVote extends ParticipantCommand {
  type: 'CastVote';
  optionId: string;
  /** The campaign's ballot; null until an operator opens it. */
  ballot: readonly BallotOption[] | null;
}

export type ParticipationCommand = JoinCampaign | CheckIn | CastVote;

export type ParticipationState =
  | { joined: false }
  | { joined: true; communityId: string; lastCheckIn: { day: string; streak: number } | null; votedFor: string | null };

const checkInKinds = new Set(['check_in', 'challenge']);
const MAX_REFERRAL_CODE = 64;

function requireTakingPart(command: ParticipantCommand): void {
  const memberId = command.memberId.trim();
  if (!memberId || memberId.length > 64 || memberId !== command.memberId) throw new ParticipationError('MEMBER_ID_INVALID', 'A member id is 1–64 characters, without surrounding spaces');
  if (command.campaign.status !== 'running') throw new ParticipationError('CAMPAIGN_NOT_RUNNING', 'Members take part while the campaign runs', { status: command.campaign.status });
  if (!command.eligibility.eligible) throw new ParticipationError('MEMBER_NOT_ELIGIBLE', 'The member may not take part in this campaign', { reason: command.eligibility.reason });
}

function join(command: JoinCampaign, state: ParticipationState): ParticipationEvent[] {
  // A retried join (a second tap, a redelivered request) changes nothing.
  if (state.joined) return [];
  requireTakingPart(command);
  if (command.channel !== null && !promotionChannels.includes(command.channel)) throw new ParticipationError('CHANNEL_INVALID', 'Unknown promotion channel', { channel: command.channel });
  const referralCode = command.referralCode?.trim() || null;
  if (referralCode !== null && referralCode.length > MAX_REFERRAL_CODE) throw new ParticipationError('REFERRAL_CODE_INVALID', `A referral code is 1–${MAX_REFERRAL_CODE} characters`);
  const { campaign, memberId, eligibility, now } = command;
  return [
    {
      type: participationEventTypes.joined,
      data: { campaignId: campaign.campaignId, memberId, communityId: eligibility.communityId!, channel: command.channel, referralCode, joinedAt: now.toISOString() },
    },
  ];
}

function joinedState(state: ParticipationState): Extract<ParticipationState, { joined: true }> {
  if (!state.joined) throw new ParticipationError('NOT_JOINED', 'The member has not joined this campaign');
  return state;
}

function checkIn(command: CheckIn, state: ParticipationState): ParticipationEvent[] {
  if (!checkInKinds.has(command.campaign.kind)) throw new ParticipationError('CAMPAIGN_KIND_MISMATCH', 'Only check-in and challenge campaigns take check-ins', { kind: command.campaign.kind });
  const joined = joinedState(state);
  requireTakingPart(command);
  if (!isTimeZone(command.timeZone)) throw new ParticipationError('TIME_ZONE_INVALID', 'A time zone is an IANA name such as Asia/Shanghai', { timeZone: command.timeZone });
  const day = localDay(command.now, command.timeZone);
  // Once a day: a second check-in that day, or a day already past in another zone, adds nothing.
  if (joined.lastCheckIn && day <= joined.lastCheckIn.day) return [];
  const { campaign, memberId, now } = command;
  return [{ type: participationEventTypes.checkedIn, data: { campaignId: campaign.campaignId, memberId, day, streak: nextStreak(joined.lastCheckIn, day), checkedInAt: now.toISOString() } }];
}

function vote(command: CastVote, state: ParticipationState): ParticipationEvent[] {
  if (command.campaign.kind !== 'vote') throw new ParticipationError('CAMPAIGN_KIND_MISMATCH', 'Only vote campaigns take votes', { kind: command.campaign.kind });
  const joined = joinedState(state);
  if (joined.votedFor === command.optionId) return [];
  if (joined.votedFor !== null) throw new ParticipationError('ALREADY_VOTED', 'The member has voted in this campaign already');
  requireTakingPart(command);
  if (!command.ballot) throw new ParticipationError('BALLOT_NOT_OPEN', 'The campaign\'s ballot is not open yet');
  if (!command.ballot.some((option) => option.optionId === command.optionId)) throw new ParticipationError('VOTE_OPTION_UNKNOWN', 'No such option on the ballot', { optionId: command.optionId });
  const { campaign, memberId, optionId, now } = command;
  return [{ type: participationEventTypes.voteCast, data: { campaignId: campaign.campaignId, memberId, optionId, castAt: now.toISOString() } }];
}

/** One member's participation in one campaign: joined once, a check-in a day, one vote. */
export const participationDecider: Decider<ParticipationCommand, ParticipationEvent, ParticipationState> = {
  initialState: () => ({ joined: false }),
  decide: (command, state) => (command.type === 'JoinCampaign' ? join(command, state) : command.type === 'CheckIn' ? checkIn(command, state) : vote(command, state)),
  evolve: (state, event) => {
    switch (event.type) {
      case participationEventTypes.joined:
        return { joined: true, communityId: event.data.communityId, lastCheckIn: null, votedFor: null };
      case participationEventTypes.checkedIn:
        return { ...joinedState(state), lastCheckIn: { day: event.data.day, streak: event.data.streak } };
      case participationEventTypes.voteCast:
        return { ...joinedState(state), votedFor: event.data.optionId };
    }
  },
};
