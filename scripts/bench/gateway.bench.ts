import { randomUUID } from 'node:crypto';
import { developmentIdentitySecretFrom, developmentTokenSettings, IDENTITY_HEADER, signDevToken, signIdentityHeader, type Identity } from '@groundswell/service-kit';
import { startHiveGatewayPeer } from './hive-gateway-peer';
import { measure, peerOfBaseline, shareOfBaseline, type BenchResult } from './measure';

export const communities = '{ communities(first: 20) { totalCount edges { node { id name memberCount } } } }';
const slots = 'bestPostingSlots { startHour endHour label interactions share }';
export const withSlots = `{ communities(first: 20) { totalCount edges { node { id name memberCount ${slots} } } } }`;
const slotsOf = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Community { ${slots} } } }`;

interface CommunityPage {
  data: { communities: { edges: Array<{ node: { id: string } }> } };
}

export interface GatewayBenchClient {
  identity: Identity;
  /** POSTs a GraphQL request and fails on anything but a 200 without errors. */
  post(url: string, headers: Record<string, string>, body: unknown): Promise<unknown>;
  /** Our gateway, with the bench tenant owner's token. */
  gateway(query: string): Promise<unknown>;
  /** What the gateway does for the two-subgraph query, called directly: members, then analytics' `_entities`. */
  bothDirect(): Promise<void>;
  oneDirect(): Promise<void>;
}

/** A fresh bench tenant with three communities, and the calls the gateway bench times. */
export async function gatewayBenchClient(ports: Record<string, number>): Promise<GatewayBenchClient> {
  const tenant = `bench-${randomUUID().slice(0, 8)}`;
  const identity: Identity = { sub: 'bench', tenant, roles: ['owner'] };
  const token = await signDevToken(identity, developmentTokenSettings(process.env));
  const secret = developmentIdentitySecretFrom(process.env);
  const post = async (url: string, headers: Record<string, string>, body: unknown): Promise<unknown> => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
    return JSON.parse(text);
  };
  const gateway = (query: string) => post(`http://127.0.0.1:${ports.gateway}/graphql`, { authorization: `Bearer ${token}` }, { query });
  const subgraph = (name: string, query: string, variables?: Record<string, unknown>) =>
    post(`http://127.0.0.1:${ports[name]}/graphql`, { [IDENTITY_HEADER]: signIdentityHeader({ ...identity, iat: Date.now(), requestId: randomUUID() }, secret) }, { query, variables });
  for (const name of ['Bench', 'Bench two', 'Bench three']) await gateway(`mutation { createCommunity(input: { name: "${name}", platform: app }) { community { id } } }`);
  const bothDirect = async () => {
    const page = (await subgraph('members', communities)) as CommunityPage;
    const representations = page.data.communities.edges.map(({ node }) => ({ __typename: 'Community', id: node.id }));
    await subgraph('analytics', slotsOf, { representations });
  };
  await Promise.all([gateway(withSlots), bothDirect()]);
  return { identity, post, gateway, bothDirect, oneDirect: () => subgraph('members', communities).then(() => undefined) };
}

/**
 * The gateway against the subgraphs called directly, in one run: a one-subgraph query (members'
 * communities) and a two-subgraph one (the same communities with analytics' best posting slots),
 * whose direct baseline makes the gateway's two calls itself — members, then analytics' `_entities`
 * for the communities members answered. Beside each, a peer on the same baseline: the same
 * supergraph served by @graphql-hive/gateway-runtime (hive-gateway.ts), which authenticates no one.
 */
export async function benchGateway(ports: Record<string, number>, total = 2_000, concurrency = 16): Promise<BenchResult> {
  const client = await gatewayBenchClient(ports);
  const hive = await startHiveGatewayPeer(ports, client.identity);
  try {
    const viaHive = (query: string) => client.post(hive.url, {}, { query }).then(() => undefined);
    await viaHive(withSlots);
    const oneDirect = await measure('members subgraph, direct (baseline)', total, concurrency, client.oneDirect);
    const oneGateway = await measure('one-subgraph query through the gateway', total, concurrency, () => client.gateway(communities).then(() => undefined));
    const oneHive = await measure('one-subgraph query through Hive Gateway runtime (peer)', total, concurrency, () => viaHive(communities));
    const twoDirect = await measure('members then analytics _entities, direct (baseline)', total, concurrency, client.bothDirect);
    const twoGateway = await measure('two-subgraph query through the gateway', total, concurrency, () => client.gateway(withSlots).then(() => undefined));
    const twoHive = await measure('two-subgraph query through Hive Gateway runtime (peer)', total, concurrency, () => viaHive(withSlots));
    return {
      measurements: [oneDirect, oneGateway, oneHive, twoDirect, twoGateway, twoHive],
      targets: [
        shareOfBaseline('gateway throughput, one-subgraph query', oneGateway, oneDirect, 0.8),
        peerOfBaseline('gateway peer: Hive runtime, one-subgraph query', oneHive, oneDirect),
        shareOfBaseline('gateway throughput, two-subgraph query', twoGateway, twoDirect, 0.8),
        peerOfBaseline('gateway peer: Hive runtime, two-subgraph query', twoHive, twoDirect),
      ],
    };
  } finally {
    await hive.stop();
  }
}
