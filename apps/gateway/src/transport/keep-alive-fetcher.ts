import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';

export interface KeepAliveFetcherOptions {
  /** Open connections per subgraph address; requests beyond it wait for a free one. */
  maxSocketsPerSubgraph: number;
  /** How long an idle connection is kept; below the subgraphs' own keep-alive timeout (Node: 5 s) so they never close it under us. */
  idleTimeoutMs?: number;
}

export interface KeepAliveFetcher extends Fetcher {
  /** Closes the idle connections (on shutdown). */
  close(): void;
}

/**
 * The gateway's only way to reach subgraphs: one pool of kept-alive connections per subgraph, so a
 * request does not pay a TCP handshake for every subgraph fetch in its query plan.
 */
export function keepAliveFetcher({ maxSocketsPerSubgraph, idleTimeoutMs = 4_000 }: KeepAliveFetcherOptions): KeepAliveFetcher {
  const agentOptions = { keepAlive: true, maxSockets: maxSocketsPerSubgraph, maxFreeSockets: maxSocketsPerSubgraph, timeout: idleTimeoutMs };
  const http = new HttpAgent(agentOptions);
  const https = new HttpsAgent(agentOptions);

  const fetcher = (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> =>
    new Promise((resolve, reject) => {
      const secure = url.startsWith('https:');
      // The data source hands over node-fetch Headers despite the Record type; both are iterable.
      const headers = Object.fromEntries(new Headers(init.headers as ConstructorParameters<typeof Headers>[0]));
      const outgoing = (secure ? httpsRequest : httpRequest)(url, { method: init.method ?? 'GET', headers, agent: secure ? https : http, signal: init.signal }, (incoming) => {
        readBody(incoming).then((body) => resolve(responseOf(url, incoming, body)), reject);
      });
      outgoing.on('error', reject);
      outgoing.end(init.body);
    });
  return Object.assign(fetcher, {
    close() {
      http.destroy();
      https.destroy();
    },
  });
}

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function responseOf(url: string, incoming: IncomingMessage, body: Buffer): FetcherResponse {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  const nullBodyStatus = [204, 205, 304].includes(incoming.statusCode ?? 0);
  const response = new Response(nullBodyStatus ? null : new Uint8Array(body), { status: incoming.statusCode, statusText: incoming.statusMessage, headers });
  // A constructed Response has no URL; the data source names it in its errors.
  Object.defineProperty(response, 'url', { value: url });
  return response as FetcherResponse;
}
