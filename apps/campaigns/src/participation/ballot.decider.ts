import type { Decider } from '@groundswell/event-store';
import type { CampaignFacts } from './campaign-facts';
import { ParticipationError } from './participation.error';
import { participationEventTypes, type BallotEvent, type BallotOption } from './participation.events';

export interface OpenBallot {
  type: 'OpenBallot';
  campaign: CampaignFacts;
  options: BallotOption[];
  now: Date;
  by: string;
}

export type BallotState = { open: false } | { open: true; options: BallotOption[] };

export const ballotLimits = { options: 50, label: 200, optionId: 100 } as const;
const optionIdPattern = /^[A-Za-z0-9_-]+$/;

function validOptions(options: BallotOption[]): BallotOption[] {
  const trimmed = options.map((option) => ({ optionId: option.optionId.trim(), label: option.label.trim() }));
  const ids = new Set(trimmed.map((option) => option.optionId));
  const valid =
    trimmed.length >= 2 &&
    trimmed.length <= ballotLimits.options &&
    ids.size === trimmed.length &&
    trimmed.every((option) => optionIdPattern.test(option.optionId) && option.optionId.length <= ballotLimits.optionId && option.label && option.label.length <= ballotLimits.label);
  if (!valid) throw new ParticipationError('BALLOT_INVALID', `A ballot has 2–${ballotLimits.options} options with distinct ids ([A-Za-z0-9_-]) and labels of 1–${ballotLimits.label} characters`);
  return trimmed;
}

/** The options of a vote campaign, set once. */
export const ballotDecider: Decider<OpenBallot, BallotEvent, BallotState> = {
  initialState: () => ({ open: false }),
  decide: (command, state) => {
    if (state.open) throw new ParticipationError('BALLOT_ALREADY_OPEN', 'The ballot is open already');
    if (command.campaign.kind !== 'vote') throw new ParticipationError('CAMPAIGN_KIND_MISMATCH', 'Only vote campaigns have a ballot', { kind: command.campaign.kind });
    if (command.campaign.status === 'ended' || command.campaign.status === 'reviewed') throw new ParticipationError('CAMPAIGN_CLOSED', 'The campaign has ended');
    const options = validOptions(command.options);
    return [{ type: participationEventTypes.ballotOpened, data: { campaignId: command.campaign.campaignId, options, openedBy: command.by, openedAt: command.now.toISOString() } }];
  },
  evolve: (_state, event) => ({ open: true, options: event.data.options }),
};
