import type { PublicErrorCode } from './app-error';

export const httpStatusOf: Readonly<Record<PublicErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SUBGRAPH_UNAVAILABLE: 503,
  OVERLOADED: 503,
  INTERNAL: 500,
};

export interface PublicError {
  /** The public category, stable for clients to branch on. */
  code: PublicErrorCode;
  /** The precise code, when it says more than the category. */
  reason?: string;
  message: string;
  details?: Record<string, unknown>;
}

function graphqlError({ code, reason, message, details }: PublicError) {
  return { message, extensions: { code, ...(reason ? { reason } : {}), ...(details ? { details } : {}) } };
}

/** A refusal at /graphql before GraphQL ran, in the GraphQL response shape. */
export function graphqlErrorBody(error: PublicError) {
  return { errors: [graphqlError(error)] };
}

/**
 * A refusal of a plain HTTP endpoint (webhooks): the GraphQL `errors` array, so one client-side error
 * reader serves every endpoint, and beside it the flat `{code, reason, message}` the webhook has
 * always answered with, which partners already parse.
 */
export function httpErrorBody(error: PublicError) {
  const { code, reason, message, details } = error;
  return { code, ...(reason ? { reason } : {}), message, ...(details ? { details } : {}), errors: [graphqlError(error)] };
}
