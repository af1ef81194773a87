import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const webhookErrorCodes = {
  PARTNER_INVALID: 'BAD_USER_INPUT',
  URL_INVALID: 'BAD_USER_INPUT',
  URL_INSECURE: 'BAD_USER_INPUT',
  URL_FORBIDDEN: 'BAD_USER_INPUT',
  EVENT_TYPES_UNKNOWN: 'BAD_USER_INPUT',
  REPLAY_FROM_INVALID: 'BAD_USER_INPUT',
  SUBSCRIPTION_EXISTS: 'CONFLICT',
  SUBSCRIPTION_NOT_FOUND: 'NOT_FOUND',
  DELIVERY_NOT_FOUND: 'NOT_FOUND',
} as const satisfies Record<string, PublicErrorCode>;

export type WebhookErrorCode = keyof typeof webhookErrorCodes;

export class WebhookError extends categorisedError(webhookErrorCodes) {}
