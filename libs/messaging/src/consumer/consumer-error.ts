/** Stable codes of {@link ConsumerError}. */
export const consumerErrorCodes = [
  /** The consumer was configured wrongly (empty group, no topics, bad retry settings). */
  'INVALID_OPTIONS',
  /** start() was called on a consumer that is running or was stopped. */
  'INVALID_STATE',
] as const;

export type ConsumerErrorCode = (typeof consumerErrorCodes)[number];

export class ConsumerError extends Error {
  readonly code: ConsumerErrorCode;

  constructor(code: ConsumerErrorCode, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}
