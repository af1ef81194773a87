import type { Decider } from '@groundswell/event-store';
import { validPlan, validPostMortem, validReason } from './campaign-plan.rules';
import type { CampaignCommand } from './campaign.commands';
import { CampaignError } from './campaign.error';
import { campaignEventTypes, type CampaignEvent } from './campaign.events';
import type { CampaignKind, CampaignPlan, CampaignStatus } from './campaign.values';

export type CampaignState = { status: 'none' } | { status: CampaignStatus; kind: CampaignKind; plan: CampaignPlan };
type Existing = Exclude<CampaignState, { status: 'none' }>;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function existing(state: CampaignState, command: CampaignCommand): Existing {
  if (state.status === 'none') throw new CampaignError('CAMPAIGN_NOT_FOUND', 'No such campaign', { campaignId: command.campaignId });
  return state as Existing;
}

function requireStatus(state: Existing, command: CampaignCommand, allowed: readonly CampaignStatus[]): void {
  if (!allowed.includes(state.status)) {
    throw new CampaignError('CAMPAIGN_STATUS_INVALID', `${command.type} applies to a campaign that is ${allowed.join(' or ')}, not ${state.status}`, {
      status: state.status,
      allowed,
    });
  }
}

function requireFutureStart(plan: CampaignPlan, now: Date): void {
  if (new Date(plan.schedule.startsAt) <= now) throw new CampaignError('SCHEDULE_IN_PAST', 'The campaign must start after now', { startsAt: plan.schedule.startsAt });
}

function decide(command: CampaignCommand, state: CampaignState): CampaignEvent[] {
  const { campaignId, by, now } = command;
  if (command.type === 'CreateCampaign') {
    if (state.status !== 'none') throw new CampaignError('CAMPAIGN_EXISTS', 'This campaign exists already', { campaignId });
    return [{ type: campaignEventTypes.created, data: { campaignId, kind: command.kind, plan: validPlan(command.plan), createdBy: by } }];
  }
  const campaign = existing(state, command);
  switch (command.type) {
    case 'ReviseCampaign': {
      requireStatus(campaign, command, ['draft', 'scheduled']);
      const plan = validPlan(command.plan);
      if (campaign.status === 'scheduled') requireFutureStart(plan, now);
      // A retried revision changes nothing.
      return sameJson(plan, campaign.plan) ? [] : [{ type: campaignEventTypes.revised, data: { campaignId, plan, revisedBy: by } }];
    }
    case 'ScheduleCampaign':
      requireStatus(campaign, command, ['draft']);
      requireFutureStart(campaign.plan, now);
      return [{ type: campaignEventTypes.scheduled, data: { campaignId, startsAt: campaign.plan.schedule.startsAt, endsAt: campaign.plan.schedule.endsAt, scheduledBy: by } }];
    case 'StartCampaign':
      requireStatus(campaign, command, ['scheduled']);
      if (now < new Date(campaign.plan.schedule.startsAt)) throw new CampaignError('CAMPAIGN_NOT_DUE', 'The campaign starts at its scheduled time', { startsAt: campaign.plan.schedule.startsAt });
      return [{ type: campaignEventTypes.started, data: { campaignId, startedBy: by } }];
    case 'PauseCampaign':
      requireStatus(campaign, command, ['running']);
      return [{ type: campaignEventTypes.paused, data: { campaignId, reason: validReason(command.reason), pausedBy: by } }];
    case 'ResumeCampaign':
      requireStatus(campaign, command, ['paused']);
      if (now >= new Date(campaign.plan.schedule.endsAt)) throw new CampaignError('CAMPAIGN_SCHEDULE_OVER', 'The campaign\'s end has passed; it can only end', { endsAt: campaign.plan.schedule.endsAt });
      return [{ type: campaignEventTypes.resumed, data: { campaignId, resumedBy: by } }];
    case 'EndCampaign':
      requireStatus(campaign, command, ['running', 'paused']);
      if (command.reason === 'schedule' && now < new Date(campaign.plan.schedule.endsAt)) {
        throw new CampaignError('CAMPAIGN_NOT_DUE', 'The campaign ends on schedule at its end time', { endsAt: campaign.plan.schedule.endsAt });
      }
      return [{ type: campaignEventTypes.ended, data: { campaignId, reason: command.reason, endedBy: by } }];
    case 'ReviewCampaign':
      requireStatus(campaign, command, ['ended']);
      return [{ type: campaignEventTypes.reviewed, data: { campaignId, postMortem: validPostMortem(command.postMortem, campaign.plan), reviewedBy: by } }];
  }
}

const statusAfter: Record<Exclude<CampaignEvent['type'], typeof campaignEventTypes.created | typeof campaignEventTypes.revised>, CampaignStatus> = {
  [campaignEventTypes.scheduled]: 'scheduled',
  [campaignEventTypes.started]: 'running',
  [campaignEventTypes.paused]: 'paused',
  [campaignEventTypes.resumed]: 'running',
  [campaignEventTypes.ended]: 'ended',
  [campaignEventTypes.reviewed]: 'reviewed',
};

function evolve(state: CampaignState, event: CampaignEvent): CampaignState {
  switch (event.type) {
    case campaignEventTypes.created:
      return { status: 'draft', kind: event.data.kind, plan: event.data.plan };
    case campaignEventTypes.revised:
      return { ...(state as Existing), plan: event.data.plan };
    default:
      return { ...(state as Existing), status: statusAfter[event.type] };
  }
}

export const campaignDecider: Decider<CampaignCommand, CampaignEvent, CampaignState> = {
  initialState: () => ({ status: 'none' }),
  decide,
  evolve,
};
