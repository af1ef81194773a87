import type { IncomingHttpHeaders } from 'node:http';
import { AuthError, type Identity } from '@groundswell/service-kit';

/** One way a caller proves who they are: JWTs for operators and member apps, API keys for partners and integrations. */
export interface Authenticator {
  /** null when the request carries no credential of this kind; throws an AuthError for a bad one. */
  authenticate(headers: IncomingHttpHeaders): Promise<Identity | null>;
}

/** The identity from the first authenticator that recognises a credential; none at all is UNAUTHENTICATED. */
export async function authenticate(authenticators: readonly Authenticator[], headers: IncomingHttpHeaders): Promise<Identity> {
  for (const authenticator of authenticators) {
    const identity = await authenticator.authenticate(headers);
    if (identity) return identity;
  }
  throw new AuthError('CREDENTIALS_MISSING', 'Authentication required: send Authorization: Bearer <token> or ApiKey <key>');
}
