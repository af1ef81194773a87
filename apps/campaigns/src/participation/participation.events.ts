import type { PromotionChannel } from '../campaigns/campaign.values';

export const participationEventTypes = {
  joined: 'groundswell.campaigns.CampaignJoined.v1',
  checkedIn: 'groundswell.campaigns.CampaignCheckedIn.v1',
  voteCast: 'groundswell.campaigns.CampaignVoteCast.v1',
  registrationOpened: 'groundswell.campaigns.CampaignRegistrationOpened.v1',
  registrationRequested: 'groundswell.campaigns.CampaignRegistrationRequested.v1',
  registrationConfirmed: 'groundswell.campaigns.CampaignRegistrationConfirmed.v1',
  registrationWaitlisted: 'groundswell.campaigns.CampaignRegistrationWaitlisted.v1',
  registrationCancelled: 'groundswell.campaigns.CampaignRegistrationCancelled.v1',
  registrationPromoted: 'groundswell.campaigns.CampaignRegistrationPromoted.v1',
  ballotOpened: 'groundswell.campaigns.CampaignBallotOpened.v1',
} as const;

type Typed<T extends string, D> = { type: T; data: D };
const t = participationEventTypes;


type Participant = { campaignId: string; memberId: string };
export type CampaignJoined = Typed<typeof t.joined, Participant & { communityId: string; channel: PromotionChannel | null; referralCode: string | null; joinedAt: string }>;
export type CampaignCheckedIn = Typed<typeof t.checkedIn, Participant & { day: string; streak: number; checkedInAt: string }>;
export type CampaignVoteCast = Typed<typeof t.voteCast, Participant & { optionId: string; castAt: string }>;
export type ParticipationEvent = CampaignJoined | CampaignCheckedIn | CampaignVoteCast;

type Registration = Participant & { registrationId: string };
export type RegistrationOpened = Typed<typeof t.registrationOpened, { campaignId: string; capacity: number; openedBy: string; openedAt: string }>;
export type RegistrationRequested = Typed<typeof t.registrationRequested, Registration & { requestedAt: string }>;
export type RegistrationConfirmed = Typed<typeof t.registrationConfirmed, Registration & { seatNumber: number; confirmedAt: string }>;
export type RegistrationWaitlisted = Typed<typeof t.registrationWaitlisted, Registration & { position: number; waitlistedAt: string }>;
export type RegistrationCancelled = Typed<typeof t.registrationCancelled, Registration & { wasConfirmed: boolean; cancelledBy: string; cancelledAt: string }>;
export type RegistrationPromoted = Typed<typeof t.registrationPromoted, Registration & { seatNumber: number; promotedAt: string }>;
export type RegistrationEvent = RegistrationOpened | RegistrationRequested | RegistrationConfirmed | RegistrationWaitlisted | RegistrationCancelled | RegistrationPromoted;

export interface BallotOption {
  optionId: string;
  label: string;
}
export type BallotOpened = Typed<typeof t.ballotOpened, { campaignId: string; options: BallotOption[]; openedBy: string; openedAt: string }>;
export type BallotEvent = BallotOpened;

export const participationStreamType = 'participation';
export const participationStream = (campaignId: string, memberId: string) => ({ streamId: `${participationStreamType}-${campaignId}-${memberId}`, streamType: participationStreamType });
export const registrationStreamType = 'registration';
export const registrationStream = (campaignId: string) => ({ streamId: `${registrationStreamType}-${campaignId}`, streamType: registrationStreamType });
export const ballotStreamType = 'ballot';
export const ballotStream = (campaignId: string) => ({ streamId: `${ballotStreamType}-${campaignId}`, streamType: ballotStreamType });
