import type { EligibilityVerdict } from '../eligibility/eligibility.rules';
import type { CampaignFacts } from './campaign-facts';
import type { CastVote, CheckIn, JoinCampaign } from './participation.decider';
import type { CancelRegistration, OpenRegistration, Register } from './registration.decider';
import { participationEventTypes, type BallotOption, type ParticipationEvent, type RegistrationEvent } from './participation.events';

// Test data for the participation specs: a check-in challenge running in Beijing, 15 December 2026.
export const campaignId = 'campaign-1';
export const memberId = 'member-1';
export const now = new Date('2026-12-15T02:00:00.000Z');
export const nowIso = now.toISOString();
export const eligible: EligibilityVerdict = { eligible: true, reason: 'ELIGIBLE', communityId: 'community-1' };
export const sanctioned: EligibilityVerdict = { eligible: false, reason: 'SANCTIONED', communityId: null };

export const aCampaign = (overrides: Partial<CampaignFacts> = {}): CampaignFacts => ({
  campaignId,
  kind: 'check_in',
  status: 'running',
  timeZone: 'Asia/Shanghai',
  communityIds: ['community-1'],
  segmentId: null,
  ...overrides,
});

const participant = (overrides: { memberId?: string } = {}) => ({ campaign: aCampaign(), memberId, eligibility: eligible, now, ...overrides });

export const participationCommands = {
  join: (overrides: Partial<JoinCampaign> = {}): JoinCampaign => ({ type: 'JoinCampaign', ...participant(), channel: 'kol', referralCode: null, ...overrides }),
  checkIn: (overrides: Partial<CheckIn> = {}): CheckIn => ({ type: 'CheckIn', ...participant(), timeZone: 'Asia/Shanghai', ...overrides }),
  vote: (overrides: Partial<CastVote> = {}): CastVote => ({ type: 'CastVote', ...participant(), campaign: aCampaign({ kind: 'vote' }), optionId: 'red', ballot: ballotOptions, ...overrides }),
};

export const ballotOptions: BallotOption[] = [
  { optionId: 'red', label: '红色款' },
  { optionId: 'blue', label: '蓝色款' },
];

export const participationEvents = {
  joined: (overrides: Partial<Extract<ParticipationEvent, { type: typeof participationEventTypes.joined }>['data']> = {}): ParticipationEvent => ({
    type: participationEventTypes.joined,
    data: { campaignId, memberId, communityId: 'community-1', channel: 'kol', referralCode: null, joinedAt: nowIso, ...overrides },
  }),
  checkedIn: (day: string, streak: number, checkedInAt = nowIso): ParticipationEvent => ({ type: participationEventTypes.checkedIn, data: { campaignId, memberId, day, streak, checkedInAt } }),
  voteCast: (optionId = 'red'): ParticipationEvent => ({ type: participationEventTypes.voteCast, data: { campaignId, memberId, optionId, castAt: nowIso } }),
};

export const offlineEvent = (overrides: Partial<CampaignFacts> = {}) => aCampaign({ kind: 'offline_event', ...overrides });

export const registrationCommands = {
  open: (capacity = 2, overrides: Partial<OpenRegistration> = {}): OpenRegistration => ({ type: 'OpenRegistration', campaign: offlineEvent(), capacity, now, by: 'u-manager', ...overrides }),
  register: (member: string, overrides: Partial<Register> = {}): Register => ({ type: 'Register', campaign: offlineEvent(), memberId: member, registrationId: `r-${member}`, eligibility: eligible, now, ...overrides }),
  cancel: (member: string, overrides: Partial<CancelRegistration> = {}): CancelRegistration => ({ type: 'CancelRegistration', campaignId, memberId: member, now, by: 'u-manager', ...overrides }),
};

const registration = (member: string) => ({ campaignId, memberId: member, registrationId: `r-${member}` });
export const registrationEvents = {
  opened: (capacity = 2): RegistrationEvent => ({ type: participationEventTypes.registrationOpened, data: { campaignId, capacity, openedBy: 'u-manager', openedAt: nowIso } }),
  requested: (member: string): RegistrationEvent => ({ type: participationEventTypes.registrationRequested, data: { ...registration(member), requestedAt: nowIso } }),
  confirmed: (member: string, seatNumber: number): RegistrationEvent => ({ type: participationEventTypes.registrationConfirmed, data: { ...registration(member), seatNumber, confirmedAt: nowIso } }),
  waitlisted: (member: string, position: number): RegistrationEvent => ({ type: participationEventTypes.registrationWaitlisted, data: { ...registration(member), position, waitlistedAt: nowIso } }),
  cancelled: (member: string, wasConfirmed: boolean): RegistrationEvent => ({
    type: participationEventTypes.registrationCancelled,
    data: { ...registration(member), wasConfirmed, cancelledBy: 'u-manager', cancelledAt: nowIso },
  }),
  promoted: (member: string, seatNumber: number): RegistrationEvent => ({ type: participationEventTypes.registrationPromoted, data: { ...registration(member), seatNumber, promotedAt: nowIso } }),
};
