import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentityHeader } from '@groundswell/service-kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './gateway-context';

type SubgraphResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/** Calls a subgraph on behalf of the verified caller: a freshly signed identity header on every fetch. */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly identitySecret: string,
    /** The gateway passes its keep-alive fetcher (transport/keep-alive-fetcher.ts); Apollo's default otherwise. */
    fetcher?: Fetcher,
  ) {
    super(fetcher ? { url, fetcher } : { url });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and schema loading have no caller (and are off with a static supergraph).
    if (!('incomingRequestContext' in options)) return;
    const { req, identity } = options.context;
    const requestId = String(req.id);
    options.request.http?.headers.set(REQUEST_ID_HEADER, requestId);
    options.request.http?.headers.set(IDENTITY_HEADER, signIdentityHeader({ ...identity, iat: Date.now(), requestId }, this.identitySecret));
  }

  /** A subgraph refusing what the gateway signed is the platform's fault (secrets or clocks disagree), not the caller's. */
  override async errorFromResponse(response: SubgraphResponse): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    if (response.status !== 401) return error;
    const refusal = JSON.stringify((error.extensions.response as { body?: unknown } | undefined)?.body);
    return new GraphQLError('Internal server error', {
      originalError: new Error(`${this.url} refused the identity the gateway signed: ${refusal}`),
    });
  }
}
