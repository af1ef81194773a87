import type { ApolloServerPlugin } from '@apollo/server';
import { AuthError } from './auth.error';
import { isFederationSdlQuery } from './federation-sdl-query';
import { IDENTITY_HEADER, verifyIdentityHeader, type IdentityHeaderVerification } from './identity-header';
import type { SubgraphContext } from './subgraph-context';

/**
 * Subgraphs answer only what the gateway vouches for: every operation needs a valid, fresh
 * `x-groundswell-identity` header, so a subgraph port reached directly is not an open door.
 */
export function internalIdentityPlugin(verification: Omit<IdentityHeaderVerification, 'now'>): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation, contextValue }) {
          if (isFederationSdlQuery(operation)) return;
          try {
            const { iat: _iat, requestId: _requestId, ...identity } = verifyIdentityHeader(request.http?.headers.get(IDENTITY_HEADER), verification);
            contextValue.identity = identity;
          } catch (error) {
            throw error instanceof AuthError ? error.toRequestError() : error;
          }
        },
      };
    },
  };
}
