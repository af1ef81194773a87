import { EventContractError } from '@groundswell/events';

/**
 * - `transient`: the infrastructure failed, not the message (database unreachable or restarting,
 *   connection killed, serialization conflict). Retried until it succeeds; never dead-lettered.
 * - `permanent`: the message breaks the event contract; retrying cannot help, so it is
 *   dead-lettered at once.
 * - `retryable`: anything else (typically a handler bug or bad data); retried with backoff up to
 *   `maxAttempts`, then dead-lettered.
 */
export type FailureKind = 'transient' | 'permanent' | 'retryable';

// SQLSTATEs: class 08 (connection exception) is matched by prefix.
const transientSqlStates = new Set([
  '57P01', // admin_shutdown: pg_terminate_backend or a fast shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting or in recovery
  '53300', // too_many_connections
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);

const transientNetworkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

// node-postgres reports a dead socket or an exhausted pool by message only.
const transientMessages = [
  /Connection terminated/i,
  /Client has encountered a connection error and is not queryable/i,
  /timeout exceeded when trying to connect/i,
  /terminating connection due to administrator command/i,
];

export function classifyFailure(error: unknown): FailureKind {
  if (causes(error).some(isTransient)) return 'transient';
  if (error instanceof EventContractError) return 'permanent';
  return 'retryable';
}

function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('08') || transientSqlStates.has(code) || transientNetworkCodes.has(code))) {
    return true;
  }
  const message = error instanceof Error ? error.message : undefined;
  return message !== undefined && transientMessages.some((pattern) => pattern.test(message));
}

/** The error, its `cause` chain and the members of an AggregateError (Node reports failed dual-stack connects that way). */
function causes(error: unknown, depth = 0): unknown[] {
  if (error === null || error === undefined || depth > 5) return [];
  const nested = [
    ...(error instanceof AggregateError ? error.errors : []),
    ...(error instanceof Error && error.cause !== undefined ? [error.cause] : []),
  ];
  return [error, ...nested.flatMap((inner) => causes(inner, depth + 1))];
}
