import type { ApolloServerPlugin } from '@apollo/server';
import { AuthError } from './auth.error';
import { isFederationSdlQuery } from './federation-sdl-query';
import { IDENTITY_HEADER, type IdentityHeaderVerification } from './identity-header';
import { internalIdentityFrom } from './internal-identity';
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
            contextValue.identity = internalIdentityFrom(request.http?.headers.get(IDENTITY_HEADER), verification);
          } catch (error) {
            throw error instanceof AuthError ? error.toRequestError() : error;
          }
        },
      };
    },
  };
}
