import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const campaignDraftErrorCodes = {
  TITLE_INVALID: 'BAD_USER_INPUT',
  CAMPAIGN_DRAFT_EXISTS: 'CONFLICT',
  CAMPAIGN_DRAFT_NOT_FOUND: 'NOT_FOUND',
} as const satisfies Record<string, PublicErrorCode>;

export type CampaignDraftErrorCode = keyof typeof campaignDraftErrorCodes;

export class CampaignDraftError extends categorisedError(campaignDraftErrorCodes) {}
