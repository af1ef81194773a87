import { randomUUID } from 'node:crypto';
import { developmentIdentitySecretFrom, developmentTokenSettings, IDENTITY_HEADER, signDevToken, signIdentityHeader } from '@groundswell/service-kit';
import { measure, type Measurement } from './measure';

const query = JSON.stringify({ query: '{ communities(first: 20) { totalCount edges { node { id name memberCount } } } }' });

/** The same query through the gateway and straight to the members subgraph, in one run. */
export async function benchGateway(ports: Record<string, number>, total = 2_000, concurrency = 16): Promise<Measurement[]> {
  const tenant = `bench-${randomUUID().slice(0, 8)}`;
  const identity = { sub: 'bench', tenant, roles: ['owner' as const] };
  const token = await signDevToken(identity, developmentTokenSettings(process.env));
  const post = async (url: string, headers: Record<string, string>) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: query });
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  const create = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'mutation { createCommunity(input: { name: "Bench", platform: app }) { community { id } } }' }),
  });
  if (create.status !== 200) throw new Error(`could not seed the bench tenant: ${await create.text()}`);
  const secret = developmentIdentitySecretFrom(process.env);
  return [
    await measure('members subgraph, direct (baseline)', total, concurrency, () =>
      post(`http://127.0.0.1:${ports.members}/graphql`, { [IDENTITY_HEADER]: signIdentityHeader({ ...identity, iat: Date.now(), requestId: randomUUID() }, secret) }),
    ),
    await measure('through the gateway', total, concurrency, () => post(`http://127.0.0.1:${ports.gateway}/graphql`, { authorization: `Bearer ${token}` })),
  ];
}
