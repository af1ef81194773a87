import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const ruleSetErrorCodes = {
  TITLE_INVALID: 'BAD_USER_INPUT',
  RULES_INVALID: 'BAD_USER_INPUT',
  RULES_EMPTY: 'BAD_USER_INPUT',
  RULE_SET_EXISTS: 'CONFLICT',
  RULE_SET_NOT_FOUND: 'NOT_FOUND',
} as const satisfies Record<string, PublicErrorCode>;

export type RuleSetErrorCode = keyof typeof ruleSetErrorCodes;

export class RuleSetError extends categorisedError(ruleSetErrorCodes) {}
