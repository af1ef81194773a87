import { AuthError, IDENTITY_HEADER, verifyIdentityHeader, type IdentityAssertion, type ServiceConfig } from '@groundswell/service-kit';
import type { IncomingHttpHeaders } from 'node:http';

/** The subject the gateway signs its own service-to-service calls with (it has no caller yet when verifying a key). */
export const GATEWAY_SERVICE_SUBJECT = 'service:gateway';

/** Only the gateway may ask: the same signed, fresh identity header it sends subgraphs, naming the gateway itself. */
export function assertGatewayCaller(headers: IncomingHttpHeaders, config: Pick<ServiceConfig, 'INTERNAL_IDENTITY_SECRET' | 'INTERNAL_IDENTITY_MAX_AGE_MS'>): IdentityAssertion {
  const header = headers[IDENTITY_HEADER];
  const assertion = verifyIdentityHeader(Array.isArray(header) ? header[0] : header, {
    secret: config.INTERNAL_IDENTITY_SECRET,
    maxAgeMs: config.INTERNAL_IDENTITY_MAX_AGE_MS,
  });
  if (assertion.sub !== GATEWAY_SERVICE_SUBJECT) throw new AuthError('IDENTITY_INVALID', 'Only the gateway may verify API keys');
  return assertion;
}
