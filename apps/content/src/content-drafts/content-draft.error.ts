import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const contentDraftErrorCodes = {
  TITLE_INVALID: 'BAD_USER_INPUT',
  CONTENT_DRAFT_EXISTS: 'CONFLICT',
  CONTENT_DRAFT_NOT_FOUND: 'NOT_FOUND',
} as const satisfies Record<string, PublicErrorCode>;

export type ContentDraftErrorCode = keyof typeof contentDraftErrorCodes;

export class ContentDraftError extends categorisedError(contentDraftErrorCodes) {}
