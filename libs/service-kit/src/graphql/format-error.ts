import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, publicErrorCodes, type PublicErrorCode } from '../errors/app-error';
import { clientFaultOf } from '../errors/database-input-error';

const inputErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function originalError(error: unknown): unknown {
  let current = error as { originalError?: unknown } | undefined;
  while (current?.originalError && current.originalError !== current) current = current.originalError as typeof current;
  return current;
}

/**
 * graphql-js's own errors outside execution (variable coercion in the gateway's executor, say) are
 * the client's doing even when no code was attached; errors during execution have a path.
 */
function raisedBeforeExecution(cause: unknown, formatted: GraphQLFormattedError): boolean {
  return cause instanceof GraphQLError && cause.originalError === undefined && !formatted.path && !cause.path;
}

function publicCode(code: unknown): PublicErrorCode | undefined {
  if (typeof code !== 'string') return undefined;
  if (inputErrorCodes.has(code)) return 'BAD_USER_INPUT';
  if (code === 'INTERNAL_SERVER_ERROR') return 'INTERNAL';
  return (publicErrorCodes as readonly string[]).includes(code) ? (code as PublicErrorCode) : undefined;
}

/**
 * Maps every error to a stable public code and strips anything internal (stack traces, SQL,
 * hostnames): unknown errors become INTERNAL with a generic message, and are reported to `report`.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  report: (error: unknown) => void = () => undefined,
): GraphQLFormattedError {
  const raised = originalError(error);
  const cause = clientFaultOf(raised) ?? raised;
  const base = { locations: formatted.locations, path: formatted.path };
  if (cause instanceof AppError) {
    return {
      ...base,
      message: cause.message,
      extensions: { code: cause.category, reason: cause.code, ...(cause.details ? { details: cause.details } : {}) },
    };
  }
  const declared = publicCode(formatted.extensions?.code);
  const code = (!declared || declared === 'INTERNAL') && raisedBeforeExecution(cause, formatted) ? 'BAD_USER_INPUT' : declared;
  // Parse, validation and coercion errors carry a public code and a message that is safe to show; so
  // do errors a subgraph already formatted, whose precise `reason` and `details` pass through the gateway.
  if (code && code !== 'INTERNAL') {
    const { details, code: original } = formatted.extensions ?? {};
    // Apollo's own finer codes (GRAPHQL_VALIDATION_FAILED, GRAPHQL_PARSE_FAILED…) stay visible as the reason.
    const reason = formatted.extensions?.reason ?? (typeof original === 'string' && original !== code && inputErrorCodes.has(original) ? original : undefined);
    return {
      ...base,
      message: formatted.message,
      extensions: { code, ...(typeof reason === 'string' ? { reason } : {}), ...(details && typeof details === 'object' ? { details } : {}) },
    };
  }
  report(cause ?? error);
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL' } };
}
