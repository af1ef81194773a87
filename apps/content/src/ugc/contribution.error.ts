import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const contributionErrorCodes = {
  CONTRIBUTION_EXISTS: 'CONFLICT',
  CONTRIBUTION_NOT_FOUND: 'NOT_FOUND',
  CONTRIBUTION_INVALID: 'BAD_USER_INPUT',
  PARENT_NOT_ALLOWED: 'BAD_USER_INPUT',
  PARENT_NOT_FOUND: 'NOT_FOUND',
  PARENT_NOT_VISIBLE: 'CONFLICT',
  AUTHOR_REQUIRED: 'BAD_USER_INPUT',
  CONTRIBUTION_NOT_VISIBLE: 'CONFLICT',
  NOT_PINNABLE: 'CONFLICT',
  NOT_AN_ANSWER: 'CONFLICT',
  ANSWER_ALREADY_ACCEPTED: 'CONFLICT',
  NOT_THE_ASKER: 'FORBIDDEN',
  NOT_A_POLL: 'CONFLICT',
  POLL_OPTION_INVALID: 'BAD_USER_INPUT',
  ALREADY_VOTED: 'CONFLICT',
  COMMUNITY_ID_INVALID: 'BAD_USER_INPUT',
  MEMBER_ID_INVALID: 'BAD_USER_INPUT',
  UGC_SETTINGS_INVALID: 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export type ContributionErrorCode = keyof typeof contributionErrorCodes;

export class ContributionError extends categorisedError(contributionErrorCodes) {}
