// The gateway bench's peer, run as its own process (hive-gateway-peer.ts forks it): the committed
// supergraph served by @graphql-hive/gateway-runtime with its defaults. It authenticates no one: it
// signs the bench's identity into every subgraph call, as our gateway signs the verified caller's.
import { randomUUID } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { developmentIdentitySecretFrom, IDENTITY_HEADER, identitySchema, signIdentityHeader } from '@groundswell/service-kit';

interface HiveGatewayRuntimeModule {
  createGatewayRuntime(config: {
    supergraph: string;
    transportEntries: Record<string, { location: string }>;
    propagateHeaders: { fromClientToSubgraphs(): Record<string, string> };
    logging: 'error';
    landingPage: boolean;
    graphiql: boolean;
  }): RequestListener & { dispose(): void | Promise<void> };
}

// Typed here rather than imported: the package's typings bring graphql-yoga's augmentation of
// graphql's error extensions (`http.headers` a Record), which breaks Apollo's (a Map) in the apps.
const { createGatewayRuntime } = require('@graphql-hive/gateway-runtime') as HiveGatewayRuntimeModule;

export interface HiveGatewayPeerSettings {
  identity: unknown;
  subgraphUrls: Record<string, string>;
}

const settings = JSON.parse(process.env.HIVE_GATEWAY_PEER ?? '{}') as HiveGatewayPeerSettings;
const identity = identitySchema.parse(settings.identity);
const secret = developmentIdentitySecretFrom(process.env);

const gateway = createGatewayRuntime({
  supergraph: resolve('apps/gateway/supergraph.graphql'),
  transportEntries: Object.fromEntries(Object.entries(settings.subgraphUrls).map(([name, location]) => [name, { location }])),
  propagateHeaders: {
    fromClientToSubgraphs: () => ({ [IDENTITY_HEADER]: signIdentityHeader({ ...identity, iat: Date.now(), requestId: randomUUID() }, secret) }),
  },
  logging: 'error',
  landingPage: false,
  graphiql: false,
});

const server = createServer(gateway);
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
process.once('SIGTERM', () => {
  server.close();
  void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
});
