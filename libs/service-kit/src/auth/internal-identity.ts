import type { IncomingHttpHeaders } from 'node:http';
import { IDENTITY_HEADER, verifyIdentityHeader, type IdentityHeaderVerification } from './identity-header';
import type { Identity } from './identity';

/**
 * The caller the gateway vouches for in a request's signed identity header: one check for GraphQL
 * operations and plain HTTP endpoints alike. Throws an AuthError when the header is missing,
 * tampered with or stale.
 */
export function internalIdentityFrom(header: string | string[] | null | undefined, verification: Omit<IdentityHeaderVerification, 'now'>): Identity {
  const value = Array.isArray(header) ? header[0] : (header ?? undefined);
  const { iat: _iat, requestId: _requestId, ...identity } = verifyIdentityHeader(value, verification);
  return identity;
}

/** The same, from Node's incoming headers (Nest controllers, Express handlers). */
export function internalIdentityOfRequest(headers: IncomingHttpHeaders, verification: Omit<IdentityHeaderVerification, 'now'>): Identity {
  return internalIdentityFrom(headers[IDENTITY_HEADER], verification);
}
