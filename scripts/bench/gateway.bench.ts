import { randomUUID } from 'node:crypto';
import { developmentIdentitySecretFrom, developmentTokenSettings, IDENTITY_HEADER, signDevToken, signIdentityHeader } from '@groundswell/service-kit';
import { measure, shareOfBaseline, type BenchResult } from './measure';

const communities = '{ communities(first: 20) { totalCount edges { node { id name memberCount } } } }';
const slots = 'bestPostingSlots { startHour endHour label interactions share }';
const withSlots = `{ communities(first: 20) { totalCount edges { node { id name memberCount ${slots} } } } }`;
const slotsOf = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Community { ${slots} } } }`;

interface CommunityPage {
  data: { communities: { edges: Array<{ node: { id: string } }> } };
}

/**
 * The gateway against the subgraphs called directly, in one run: a one-subgraph query (members'
 * communities) and a two-subgraph one (the same communities with analytics' best posting slots),
 * whose direct baseline makes the gateway's two calls itself — members, then analytics' `_entities`
 * for the communities members answered.
 */
export async function benchGateway(ports: Record<string, number>, total = 2_000, concurrency = 16): Promise<BenchResult> {
  const tenant = `bench-${randomUUID().slice(0, 8)}`;
  const identity = { sub: 'bench', tenant, roles: ['owner' as const] };
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

  const oneDirect = await measure('members subgraph, direct (baseline)', total, concurrency, () => subgraph('members', communities).then(() => undefined));
  const oneGateway = await measure('one-subgraph query through the gateway', total, concurrency, () => gateway(communities).then(() => undefined));
  const twoDirect = await measure('members then analytics _entities, direct (baseline)', total, concurrency, bothDirect);
  const twoGateway = await measure('two-subgraph query through the gateway', total, concurrency, () => gateway(withSlots).then(() => undefined));
  return {
    measurements: [oneDirect, oneGateway, twoDirect, twoGateway],
    targets: [
      shareOfBaseline('gateway throughput, one-subgraph query', oneGateway, oneDirect, 0.8),
      shareOfBaseline('gateway throughput, two-subgraph query', twoGateway, twoDirect, 0.8),
    ],
  };
}
