import type { Decider } from '@groundswell/event-store';
import type { EligibilityVerdict } from '../eligibility/eligibility.rules';
import type { CampaignFacts } from './campaign-facts';
import { ParticipationError } from './participation.error';
import { participationEventTypes, type RegistrationEvent } from './participation.events';

export interface OpenRegistration {
  type: 'OpenRegistration';
  campaign: CampaignFacts;
  capacity: number;
  now: Date;
  by: string;
}

export interface Register {
  type: 'Register';
  campaign: CampaignFacts;
  memberId: string;
  registrationId: string;
  eligibility: EligibilityVerdict;
  now: Date;
}

export interface CancelRegistration {
  type: 'CancelRegistration';
  campaignId: string;
  memberId: string;
  now: Date;
  by: string;
}

export type RegistrationCommand = OpenRegistration | Register | CancelRegistration;

interface Seat {
  registrationId: string;
  seatNumber: number;
}
interface Waiting {
  memberId: string;
  registrationId: string;
}

/** An offline event's seats: who holds which, and who waits in line, first come first served. */
export type RegistrationState = { open: false } | { open: true; capacity: number; seats: Record<string, Seat>; waitlist: Waiting[] };

export const registrationLimits = { capacity: 100_000 } as const;
const closedStatuses = new Set(['ended', 'reviewed']);

/** The lowest seat number nobody holds, so a freed seat is handed out again. */
function freeSeat(seats: Record<string, Seat>): number {
  const taken = new Set(Object.values(seats).map((seat) => seat.seatNumber));
  let seat = 1;
  while (taken.has(seat)) seat++;
  return seat;
}

function open(command: OpenRegistration, state: RegistrationState): RegistrationEvent[] {
  if (state.open) throw new ParticipationError('REGISTRATION_ALREADY_OPEN', 'Registration is open already');
  if (command.campaign.kind !== 'offline_event') throw new ParticipationError('CAMPAIGN_KIND_MISMATCH', 'Only offline events take registrations', { kind: command.campaign.kind });
  if (closedStatuses.has(command.campaign.status)) throw new ParticipationError('CAMPAIGN_CLOSED', 'The campaign has ended', { status: command.campaign.status });
  if (!Number.isInteger(command.capacity) || command.capacity < 1 || command.capacity > registrationLimits.capacity) {
    throw new ParticipationError('CAPACITY_INVALID', `Capacity is 1–${registrationLimits.capacity} seats`);
  }
  return [{ type: participationEventTypes.registrationOpened, data: { campaignId: command.campaign.campaignId, capacity: command.capacity, openedBy: command.by, openedAt: command.now.toISOString() } }];
}

function register(command: Register, state: RegistrationState): RegistrationEvent[] {
  if (!state.open) throw new ParticipationError('REGISTRATION_NOT_OPEN', 'This campaign does not take registrations');
  const { campaign, memberId, registrationId, now } = command;
  // Registered or waiting already: a retry changes nothing.
  if (state.seats[memberId] || state.waitlist.some((waiting) => waiting.memberId === memberId)) return [];
  if (!memberId.trim() || memberId.length > 64 || memberId.trim() !== memberId) throw new ParticipationError('MEMBER_ID_INVALID', 'A member id is 1–64 characters, without surrounding spaces');
  if (campaign.status !== 'running') throw new ParticipationError('CAMPAIGN_NOT_RUNNING', 'Members register while the campaign runs', { status: campaign.status });
  if (!command.eligibility.eligible) throw new ParticipationError('MEMBER_NOT_ELIGIBLE', 'The member may not take part in this campaign', { reason: command.eligibility.reason });
  const at = now.toISOString();
  const registration = { campaignId: campaign.campaignId, memberId, registrationId };
  const requested: RegistrationEvent = { type: participationEventTypes.registrationRequested, data: { ...registration, requestedAt: at } };
  if (Object.keys(state.seats).length < state.capacity) {
    return [requested, { type: participationEventTypes.registrationConfirmed, data: { ...registration, seatNumber: freeSeat(state.seats), confirmedAt: at } }];
  }
  return [requested, { type: participationEventTypes.registrationWaitlisted, data: { ...registration, position: state.waitlist.length + 1, waitlistedAt: at } }];
}

function cancel(command: CancelRegistration, state: RegistrationState): RegistrationEvent[] {
  if (!state.open) throw new ParticipationError('REGISTRATION_NOT_OPEN', 'This campaign does not take registrations');
  const { campaignId, memberId, now, by } = command;
  const at = now.toISOString();
  const seat = state.seats[memberId];
  const waiting = state.waitlist.find((entry) => entry.memberId === memberId);
  if (!seat && !waiting) throw new ParticipationError('NOT_REGISTERED', 'The member holds no registration for this campaign');
  const registrationId = (seat ?? waiting)!.registrationId;
  const cancelled: RegistrationEvent = { type: participationEventTypes.registrationCancelled, data: { campaignId, memberId, registrationId, wasConfirmed: Boolean(seat), cancelledBy: by, cancelledAt: at } };
  const next = state.waitlist[0];
  if (!seat || !next) return [cancelled];
  // The freed seat goes to whoever has waited longest.
  return [cancelled, { type: participationEventTypes.registrationPromoted, data: { campaignId, memberId: next.memberId, registrationId: next.registrationId, seatNumber: seat.seatNumber, promotedAt: at } }];
}

function evolve(state: RegistrationState, event: RegistrationEvent): RegistrationState {
  if (event.type === participationEventTypes.registrationOpened) return { open: true, capacity: event.data.capacity, seats: {}, waitlist: [] };
  if (!state.open) return state;
  const { memberId, registrationId } = event.data as { memberId: string; registrationId: string };
  switch (event.type) {
    case participationEventTypes.registrationConfirmed:
      return { ...state, seats: { ...state.seats, [memberId]: { registrationId, seatNumber: event.data.seatNumber } } };
    case participationEventTypes.registrationWaitlisted:
      return { ...state, waitlist: [...state.waitlist, { memberId, registrationId }] };
    case participationEventTypes.registrationPromoted:
      return { ...state, seats: { ...state.seats, [memberId]: { registrationId, seatNumber: event.data.seatNumber } }, waitlist: state.waitlist.filter((entry) => entry.memberId !== memberId) };
    case participationEventTypes.registrationCancelled: {
      const seats = { ...state.seats };
      delete seats[memberId];
      return { ...state, seats, waitlist: state.waitlist.filter((entry) => entry.memberId !== memberId) };
    }
    default:
      return state;
  }
}

/** Registration for one campaign's offline event: never more confirmed seats than its capacity. */
export const registrationDecider: Decider<RegistrationCommand, RegistrationEvent, RegistrationState> = {
  initialState: () => ({ open: false }),
  decide: (command, state) => (command.type === 'OpenRegistration' ? open(command, state) : command.type === 'Register' ? register(command, state) : cancel(command, state)),
  evolve,
};
