import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentityHeader } from '@groundswell/service-kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './gateway-context';

type SubgraphResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

export interface SubgraphCallOptions {
  /** The subgraph's name, for the error that says which part of an answer is missing. */
  name?: string;
  /** A fetch that has not answered by then is abandoned, so a slow subgraph cannot hold the whole answer. */
  timeoutMs?: number;
}

// A subgraph that is restarting or overloaded; its proxy's answer while it is gone.
const unavailableStatuses = new Set([502, 503, 504]);

function subgraphWasUnreachable(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return true;
  const status = (error.extensions.response as { status?: number } | undefined)?.status;
  return status !== undefined && unavailableStatuses.has(status);
}

/** Calls a subgraph on behalf of the verified caller: a freshly signed identity header on every fetch. */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly identitySecret: string,
    /** The gateway passes its keep-alive fetcher (transport/keep-alive-fetcher.ts); Apollo's default otherwise. */
    fetcher?: Fetcher,
    private readonly call: SubgraphCallOptions = {},
  ) {
    super(fetcher ? { url, fetcher: withTimeout(fetcher, call.timeoutMs) } : { url });
  }

  /**
   * An unreachable, failing or timed-out subgraph costs only the fields it owns: they answer null
   * with SUBGRAPH_UNAVAILABLE, and the fields of the other subgraphs answer as usual. The fetch is
   * never retried here (a mutation must not run twice).
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (error) {
      if (!subgraphWasUnreachable(error)) throw error;
      const service = this.call.name ?? 'a';
      throw new GraphQLError(`The ${service} service did not answer; the fields it serves are missing from this response. Retry later.`, {
        originalError: error instanceof Error ? error : undefined,
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', ...(this.call.name ? { details: { service: this.call.name } } : {}) },
      });
    }
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

function withTimeout(fetcher: Fetcher, timeoutMs: number | undefined): Fetcher {
  if (!timeoutMs) return fetcher;
  return (url, init) => fetcher(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
}
