import type { CampaignKind, CampaignPlan, EndReason, PostMortem } from './campaign.values';

/** Commands carry `now` (the decider reads no clock) and `by`, the subject acting. */
interface CampaignCommandBase {
  campaignId: string;
  by: string;
  now: Date;
}

export interface CreateCampaign extends CampaignCommandBase {
  type: 'CreateCampaign';
  kind: CampaignKind;
  plan: CampaignPlan;
}

export interface ReviseCampaign extends CampaignCommandBase {
  type: 'ReviseCampaign';
  plan: CampaignPlan;
}

export interface ScheduleCampaign extends CampaignCommandBase {
  type: 'ScheduleCampaign';
}

export interface StartCampaign extends CampaignCommandBase {
  type: 'StartCampaign';
}

export interface PauseCampaign extends CampaignCommandBase {
  type: 'PauseCampaign';
  reason: string;
}

export interface ResumeCampaign extends CampaignCommandBase {
  type: 'ResumeCampaign';
}

export interface EndCampaign extends CampaignCommandBase {
  type: 'EndCampaign';
  reason: EndReason;
}

export interface ReviewCampaign extends CampaignCommandBase {
  type: 'ReviewCampaign';
  postMortem: PostMortem;
}

export type CampaignCommand =
  | CreateCampaign
  | ReviseCampaign
  | ScheduleCampaign
  | StartCampaign
  | PauseCampaign
  | ResumeCampaign
  | EndCampaign
  | ReviewCampaign;
