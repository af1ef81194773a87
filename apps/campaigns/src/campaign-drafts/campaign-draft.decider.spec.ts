import { deciderSpec } from '@groundswell/event-store/testing';
import { campaignDraftDecider, type CreateCampaignDraft, type RenameCampaignDraft } from './campaign-draft.decider';
import { CampaignDraftError } from './campaign-draft.error';
import { campaignDraftEventTypes, type CampaignDraftEvent } from './campaign-draft.events';

const create = (overrides: Partial<CreateCampaignDraft> = {}): CreateCampaignDraft => ({
  type: 'CreateCampaignDraft',
  campaignDraftId: 'd1',
  title: 'First version',
  by: 'u-author',
  ...overrides,
});
const rename = (overrides: Partial<RenameCampaignDraft> = {}): RenameCampaignDraft => ({
  type: 'RenameCampaignDraft',
  campaignDraftId: 'd1',
  title: 'First version, final',
  by: 'u-author',
  ...overrides,
});

const created = (title = 'First version'): CampaignDraftEvent => ({
  type: campaignDraftEventTypes.created,
  data: { campaignDraftId: 'd1', title, createdBy: 'u-author' },
});
const renamed = (title: string): CampaignDraftEvent => ({
  type: campaignDraftEventTypes.renamed,
  data: { campaignDraftId: 'd1', title, renamedBy: 'u-author' },
});

describe('campaignDraftDecider', () => {
  const spec = deciderSpec(campaignDraftDecider);

  describe('CreateCampaignDraft', () => {
    it('should create a campaign draft with its title trimmed', () => {
      spec.given([]).when(create({ title: '  First version ' })).then([created()]);
    });

    it('should refuse an empty or overlong title', () => {
      spec.given([]).when(create({ title: '   ' })).thenThrows(CampaignDraftError, 'TITLE_INVALID');
      spec.given([]).when(create({ title: 'x'.repeat(201) })).thenThrows(CampaignDraftError, 'TITLE_INVALID');
    });

    it('should refuse to create the same campaign draft twice', () => {
      spec.given([created()]).when(create()).thenThrows(CampaignDraftError, 'CAMPAIGN_DRAFT_EXISTS');
    });
  });

  describe('RenameCampaignDraft', () => {
    it('should rename a campaign draft', () => {
      spec.given([created()]).when(rename()).then([renamed('First version, final')]);
    });

    it('should change nothing when the title is the current one', () => {
      spec.given([created(), renamed('First version, final')]).when(rename({ title: ' First version, final' })).then([]);
    });

    it('should refuse an empty title', () => {
      spec.given([created()]).when(rename({ title: '' })).thenThrows(CampaignDraftError, 'TITLE_INVALID');
    });

    it('should answer NOT_FOUND for a campaign draft that was never created', () => {
      spec.given([]).when(rename()).thenThrows(CampaignDraftError, 'CAMPAIGN_DRAFT_NOT_FOUND');
    });
  });
});
