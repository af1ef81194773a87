import type { ServiceConfig } from '@groundswell/service-kit';
import { createRemoteJWKSet } from 'jose';
import { subgraphs, subgraphUrl } from '../subgraphs';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { accessBaseUrl, HttpApiKeyVerifier } from './api-key-verifier';
import type { Authenticator } from './authenticator';
import { JwtAuthenticator } from './jwt-authenticator';

const composedAccessUrl = subgraphs.find((subgraph) => subgraph.name === 'access')!.url;

/** Every way the gateway accepts a caller, from configuration validated at start. */
export function authenticatorsFor(config: ServiceConfig): Authenticator[] {
  return [
    new JwtAuthenticator({
      secret: config.AUTH_JWT_SECRET,
      jwks: config.AUTH_JWKS_URL ? createRemoteJWKSet(new URL(config.AUTH_JWKS_URL)) : undefined,
      issuer: config.AUTH_JWT_ISSUER,
      audience: config.AUTH_JWT_AUDIENCE,
    }),
    new ApiKeyAuthenticator(new HttpApiKeyVerifier(accessBaseUrl(subgraphUrl('access', composedAccessUrl)), config.INTERNAL_IDENTITY_SECRET), {
      cacheTtlMs: config.API_KEY_CACHE_TTL_MS,
    }),
  ];
}
