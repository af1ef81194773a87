import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const quizErrorCodes = {
  QUIZ_EXISTS: 'CONFLICT',
  QUIZ_NOT_FOUND: 'NOT_FOUND',
  QUIZ_INVALID: 'BAD_USER_INPUT',
  CAMPAIGN_NOT_FOUND: 'NOT_FOUND',
  CAMPAIGN_NOT_RUNNING: 'CONFLICT',
  ANSWERS_ALREADY_SUBMITTED: 'CONFLICT',
  ANSWERS_INVALID: 'BAD_USER_INPUT',
  MEMBER_ID_INVALID: 'BAD_USER_INPUT',
} as const satisfies Record<string, PublicErrorCode>;

export type QuizErrorCode = keyof typeof quizErrorCodes;

export class QuizError extends categorisedError(quizErrorCodes) {}
