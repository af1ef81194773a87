import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const contestErrorCodes = {
  CONTEST_EXISTS: 'CONFLICT',
  CONTEST_NOT_FOUND: 'NOT_FOUND',
  CONTEST_INVALID: 'BAD_USER_INPUT',
  CAMPAIGN_NOT_FOUND: 'NOT_FOUND',
  CAMPAIGN_NOT_RUNNING: 'CONFLICT',
  /** Its results are published: no more entries or scores. */
  CONTEST_CLOSED: 'CONFLICT',
  ENTRY_INVALID: 'BAD_USER_INPUT',
  MEMBER_ALREADY_ENTERED: 'CONFLICT',
  ENTRY_NOT_FOUND: 'NOT_FOUND',
  JUDGE_NOT_ASSIGNED: 'BAD_USER_INPUT',
  /** A judge may not judge their own entry. */
  OWN_ENTRY: 'CONFLICT',
  SCORE_INVALID: 'BAD_USER_INPUT',
  ENTRY_ALREADY_JUDGED: 'CONFLICT',
  ENTRIES_NOT_JUDGED: 'CONFLICT',
  MEMBER_ID_INVALID: 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export type ContestErrorCode = keyof typeof contestErrorCodes;

export class ContestError extends categorisedError(contestErrorCodes) {}
