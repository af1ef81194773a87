import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const conversionErrorCodes = {
  CONVERSION_INVALID: 'BAD_USER_INPUT',
  /** The external order id was recorded already with other facts: a shop bug, not a retry. */
  CONVERSION_CONFLICT: 'CONFLICT',
  CONVERSION_NOT_FOUND: 'NOT_FOUND',
  REFUND_INVALID: 'BAD_USER_INPUT',
  REFUND_EXCEEDS_AMOUNT: 'CONFLICT',
} as const satisfies Record<string, PublicErrorCode>;

export type ConversionErrorCode = keyof typeof conversionErrorCodes;

export class ConversionError extends categorisedError(conversionErrorCodes) {}
