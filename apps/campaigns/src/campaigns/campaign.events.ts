import type { CampaignKind, CampaignPlan, EndReason, PostMortem } from './campaign.values';

export const campaignEventTypes = {
  created: 'groundswell.campaigns.CampaignCreated.v1',
  revised: 'groundswell.campaigns.CampaignRevised.v1',
  scheduled: 'groundswell.campaigns.CampaignScheduled.v1',
  started: 'groundswell.campaigns.CampaignStarted.v1',
  paused: 'groundswell.campaigns.CampaignPaused.v1',
  resumed: 'groundswell.campaigns.CampaignResumed.v1',
  ended: 'groundswell.campaigns.CampaignEnded.v1',
  reviewed: 'groundswell.campaigns.CampaignReviewed.v1',
} as const;

type Typed<T extends string, D> = { type: T; data: D };

export type CampaignCreated = Typed<typeof campaignEventTypes.created, { campaignId: string; kind: CampaignKind; plan: CampaignPlan; createdBy: string }>;
export type CampaignRevised = Typed<typeof campaignEventTypes.revised, { campaignId: string; plan: CampaignPlan; revisedBy: string }>;
export type CampaignScheduled = Typed<typeof campaignEventTypes.scheduled, { campaignId: string; startsAt: string; endsAt: string; scheduledBy: string }>;
export type CampaignStarted = Typed<typeof campaignEventTypes.started, { campaignId: string; startedBy: string }>;
export type CampaignPaused = Typed<typeof campaignEventTypes.paused, { campaignId: string; reason: string; pausedBy: string }>;
export type CampaignResumed = Typed<typeof campaignEventTypes.resumed, { campaignId: string; resumedBy: string }>;
export type CampaignEnded = Typed<typeof campaignEventTypes.ended, { campaignId: string; reason: EndReason; endedBy: string }>;
export type CampaignReviewed = Typed<typeof campaignEventTypes.reviewed, { campaignId: string; postMortem: PostMortem; reviewedBy: string }>;

export type CampaignEvent =
  | CampaignCreated
  | CampaignRevised
  | CampaignScheduled
  | CampaignStarted
  | CampaignPaused
  | CampaignResumed
  | CampaignEnded
  | CampaignReviewed;

export const campaignStreamType = 'campaign';
export const campaignStream = (campaignId: string) => ({ streamId: `${campaignStreamType}-${campaignId}`, streamType: campaignStreamType });

/** Who acts when the campaign clock starts or ends a campaign on schedule. */
export const CAMPAIGN_CLOCK = 'system:campaign-clock';
