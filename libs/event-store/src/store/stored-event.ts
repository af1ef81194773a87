/** An event to append: the decider's output plus what the command handler knows about its cause. */
export interface NewEvent<TType extends string = string, TData = unknown> {
  type: TType;
  data: TData;
  /** When it happened; defaults to now. */
  occurredAt?: Date;
}

export interface EventMetadata {
  correlationId: string;
  causationId?: string;
  traceparent?: string;
}

export interface StoredEvent<TType extends string = string, TData = unknown> {
  globalPosition: bigint;
  transactionId: bigint;
  eventId: string;
  tenantId: string;
  streamId: string;
  streamType: string;
  streamVersion: number;
  type: TType;
  data: TData;
  occurredAt: Date;
  recordedAt: Date;
  correlationId: string;
  causationId: string;
  traceparent: string | null;
}

/** Where a commit-order reader has got to: everything up to and including this event is behind it. */
export interface CommitPosition {
  transactionId: bigint;
  globalPosition: bigint;
}

export const beforeAllEvents: CommitPosition = { transactionId: 0n, globalPosition: 0n };

export interface StreamRef {
  tenantId: string;
  streamId: string;
  streamType: string;
}
