import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const campaignErrorCodes = {
  CAMPAIGN_EXISTS: 'CONFLICT',
  CAMPAIGN_NOT_FOUND: 'NOT_FOUND',
  /** The command doesn't apply in the campaign's current status (e.g. pausing a draft). */
  CAMPAIGN_STATUS_INVALID: 'CONFLICT',
  NAME_INVALID: 'BAD_USER_INPUT',
  GOAL_INVALID: 'BAD_USER_INPUT',
  COMMUNITIES_INVALID: 'BAD_USER_INPUT',
  SCHEDULE_INVALID: 'BAD_USER_INPUT',
  SCHEDULE_IN_PAST: 'BAD_USER_INPUT',
  CAMPAIGN_NOT_DUE: 'CONFLICT',
  CAMPAIGN_SCHEDULE_OVER: 'CONFLICT',
  PLAN_INVALID: 'BAD_USER_INPUT',
  BUDGET_INVALID: 'BAD_USER_INPUT',
  REASON_INVALID: 'BAD_USER_INPUT',
  POST_MORTEM_INVALID: 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export type CampaignErrorCode = keyof typeof campaignErrorCodes;

export class CampaignError extends categorisedError(campaignErrorCodes) {}
