import type { ServiceConfig } from '@groundswell/service-kit';
import { createRemoteJWKSet } from 'jose';
import type { Authenticator } from './authenticator';
import { JwtAuthenticator } from './jwt-authenticator';

/** Every way the gateway accepts a caller, from configuration validated at start. */
export function authenticatorsFor(config: ServiceConfig): Authenticator[] {
  return [
    new JwtAuthenticator({
      secret: config.AUTH_JWT_SECRET,
      jwks: config.AUTH_JWKS_URL ? createRemoteJWKSet(new URL(config.AUTH_JWKS_URL)) : undefined,
      issuer: config.AUTH_JWT_ISSUER,
      audience: config.AUTH_JWT_AUDIENCE,
    }),
  ];
}
