import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const crisisErrorCodes = {
  THRESHOLDS_INVALID: 'BAD_USER_INPUT',
  WATCHED_TOPICS_INVALID: 'BAD_USER_INPUT',
  ESCALATION_LIST_INVALID: 'BAD_USER_INPUT',
  PLAYBOOK_INVALID: 'BAD_USER_INPUT',
  TEXT_INVALID: 'BAD_USER_INPUT',
  OBSERVATIONS_INVALID: 'BAD_USER_INPUT',
  NO_ESCALATION_RECIPIENTS: 'BAD_USER_INPUT',
  ALERT_EXISTS: 'CONFLICT',
  ALERT_NOT_FOUND: 'NOT_FOUND',
  ALERT_RESOLVED: 'CONFLICT',
  ALERT_NOT_ACKNOWLEDGED: 'CONFLICT',
  ALERT_NOT_RESOLVED: 'CONFLICT',
  FIRST_RESPONSE_RECORDED: 'CONFLICT',
  FIRST_RESPONSE_REQUIRED: 'CONFLICT',
  RESPONSE_BEFORE_ALERT: 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export type CrisisErrorCode = keyof typeof crisisErrorCodes;

export class CrisisError extends categorisedError(crisisErrorCodes) {}
