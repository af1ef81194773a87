import type { Decider } from '@groundswell/event-store';
import { CampaignDraftError } from './campaign-draft.error';
import { campaignDraftEventTypes, type CampaignDraftEvent } from './campaign-draft.events';

export interface CreateCampaignDraft {
  type: 'CreateCampaignDraft';
  campaignDraftId: string;
  title: string;
  by: string;
}

export interface RenameCampaignDraft {
  type: 'RenameCampaignDraft';
  campaignDraftId: string;
  title: string;
  by: string;
}

export type CampaignDraftCommand = CreateCampaignDraft | RenameCampaignDraft;

export type CampaignDraftState = { status: 'none' } | { status: 'drafted'; title: string };

export const MAX_TITLE_LENGTH = 200;

function validTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TITLE_LENGTH) {
    throw new CampaignDraftError('TITLE_INVALID', `The title must be 1–${MAX_TITLE_LENGTH} characters`, { length: trimmed.length });
  }
  return trimmed;
}

function create(command: CreateCampaignDraft, state: CampaignDraftState): CampaignDraftEvent[] {
  if (state.status !== 'none') throw new CampaignDraftError('CAMPAIGN_DRAFT_EXISTS', 'This campaign draft exists already', { campaignDraftId: command.campaignDraftId });
  return [{ type: campaignDraftEventTypes.created, data: { campaignDraftId: command.campaignDraftId, title: validTitle(command.title), createdBy: command.by } }];
}

function rename(command: RenameCampaignDraft, state: CampaignDraftState): CampaignDraftEvent[] {
  if (state.status === 'none') throw new CampaignDraftError('CAMPAIGN_DRAFT_NOT_FOUND', 'No such campaign draft', { campaignDraftId: command.campaignDraftId });
  const title = validTitle(command.title);
  // Renaming to the same title is what a retrying client does: nothing changes.
  if (title === state.title) return [];
  return [{ type: campaignDraftEventTypes.renamed, data: { campaignDraftId: command.campaignDraftId, title, renamedBy: command.by } }];
}

export const campaignDraftDecider: Decider<CampaignDraftCommand, CampaignDraftEvent, CampaignDraftState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => (command.type === 'CreateCampaignDraft' ? create(command, state) : rename(command, state)),
  evolve: (_state, event) => ({ status: 'drafted', title: event.data.title }),
};
