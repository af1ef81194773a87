import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const participationErrorCodes = {
  CAMPAIGN_NOT_FOUND: 'NOT_FOUND',
  CAMPAIGN_NOT_RUNNING: 'CONFLICT',
  CAMPAIGN_CLOSED: 'CONFLICT',
  CAMPAIGN_KIND_MISMATCH: 'CONFLICT',
  MEMBER_NOT_ELIGIBLE: 'CONFLICT',
  MEMBER_ID_INVALID: 'BAD_USER_INPUT',
  NOT_JOINED: 'CONFLICT',
  REFERRAL_CODE_INVALID: 'BAD_USER_INPUT',
  CHANNEL_INVALID: 'BAD_USER_INPUT',
  TIME_ZONE_INVALID: 'BAD_USER_INPUT',
  REGISTRATION_NOT_OPEN: 'CONFLICT',
  REGISTRATION_ALREADY_OPEN: 'CONFLICT',
  CAPACITY_INVALID: 'BAD_USER_INPUT',
  NOT_REGISTERED: 'NOT_FOUND',
  BALLOT_NOT_OPEN: 'CONFLICT',
  BALLOT_ALREADY_OPEN: 'CONFLICT',
  BALLOT_INVALID: 'BAD_USER_INPUT',
  VOTE_OPTION_UNKNOWN: 'BAD_USER_INPUT',
  ALREADY_VOTED: 'CONFLICT',
} as const satisfies Record<string, PublicErrorCode>;

export type ParticipationErrorCode = keyof typeof participationErrorCodes;

export class ParticipationError extends categorisedError(participationErrorCodes) {}
