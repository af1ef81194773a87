import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const referralErrorCodes = {
  CAMPAIGN_NOT_FOUND: 'NOT_FOUND',
  CAMPAIGN_NOT_RUNNING: 'CONFLICT',
  REFERRAL_PROGRAMME_INVALID: 'BAD_USER_INPUT',
  REFERRAL_PROGRAMME_NOT_FOUND: 'NOT_FOUND',
  REFERRAL_CODE_NOT_FOUND: 'NOT_FOUND',
  MEMBER_ID_INVALID: 'BAD_USER_INPUT',
  SELF_REFERRAL: 'CONFLICT',
  REFERRAL_CYCLE: 'CONFLICT',
  INVITEE_ALREADY_REFERRED: 'CONFLICT',
  REFERRER_NOT_FLAGGED: 'CONFLICT',
  REVIEW_NOTE_INVALID: 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export type ReferralErrorCode = keyof typeof referralErrorCodes;

export class ReferralError extends categorisedError(referralErrorCodes) {}
