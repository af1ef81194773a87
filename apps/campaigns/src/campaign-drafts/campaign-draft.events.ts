// Kept in the campaigns service's own event store; nothing outside reacts to them yet. Publishing one
// means a contract in libs/events and a relay in campaigns.app.ts.
export const campaignDraftEventTypes = {
  created: 'groundswell.campaigns.CampaignDraftCreated.v1',
  renamed: 'groundswell.campaigns.CampaignDraftRenamed.v1',
} as const;

export interface CampaignDraftCreated {
  type: typeof campaignDraftEventTypes.created;
  data: { campaignDraftId: string; title: string; createdBy: string };
}

export interface CampaignDraftRenamed {
  type: typeof campaignDraftEventTypes.renamed;
  data: { campaignDraftId: string; title: string; renamedBy: string };
}

export type CampaignDraftEvent = CampaignDraftCreated | CampaignDraftRenamed;

export const campaignDraftStreamType = 'campaign-draft';
export const campaignDraftStream = (campaignDraftId: string) => ({ streamId: `${campaignDraftStreamType}-${campaignDraftId}`, streamType: campaignDraftStreamType });
