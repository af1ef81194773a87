import { randomUUID } from 'node:crypto';
import { developmentIdentitySecretFrom, developmentTokenSettings, IDENTITY_HEADER, REQUEST_ID_HEADER, signDevToken, signIdentityHeader } from '@groundswell/service-kit';
import { e2ePorts } from '../testing/second-gateway';

interface Answer {
  status: number;
  hasData: boolean;
  codes: string[];
}

const tenant = `e2e-http-status-${randomUUID().slice(0, 8)}`;
const identity = { sub: 'e2e-http-status', tenant, roles: ['owner' as const] };

async function answer(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) }).catch((error: Error) => {
    throw new Error(`${url} did not answer: ${String((error.cause as Error | undefined)?.message ?? error.message)}`);
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  return { status: response.status, hasData: 'data' in body, codes: (body.errors ?? []).map((error) => error.extensions?.code ?? 'none') };
}

async function fromGateway(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const token = await signDevToken(identity, developmentTokenSettings(process.env));
  return answer(`${process.env.GROUNDSWELL_E2E_GATEWAY!}/graphql`, { authorization: `Bearer ${token}` }, query, variables);
}

/** The members subgraph called directly, as the gateway calls it: with a signed internal identity. */
function fromMembersSubgraph(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const requestId = randomUUID();
  const signed = signIdentityHeader({ ...identity, iat: Date.now(), requestId }, developmentIdentitySecretFrom(process.env));
  return answer(`http://127.0.0.1:${e2ePorts().members}/graphql`, { [IDENTITY_HEADER]: signed, [REQUEST_ID_HEADER]: requestId }, query, variables);
}

// GraphQL over HTTP: nothing executed (a request error) is 400; once execution started it is 200 with `data`.
describe('the HTTP status of a client mistake, at the gateway and at a subgraph', () => {
  it.each([
    ['a variable that cannot be coerced', 'query($id: ID!) { member(id: $id) { id } }', { id: { not: 'an id' } }, { status: 400, hasData: false, codes: ['BAD_USER_INPUT'] }],
    ['a malformed id of a nullable field', '{ member(id: "not-a-member-id") { id } }', {}, { status: 200, hasData: true, codes: ['BAD_USER_INPUT'] }],
    [
      'a malformed id of a mutation whose result is non-null',
      'mutation { tagMember(memberId: "not-a-member-id", tagKey: "vip") { __typename } }',
      {},
      { status: 200, hasData: true, codes: ['BAD_USER_INPUT'] },
    ],
  ])('should answer %s the same from both', async (_, query, variables, expected) => {
    expect({ subgraph: await fromMembersSubgraph(query, variables), gateway: await fromGateway(query, variables) }).toEqual({ subgraph: expected, gateway: expected });
  });
});
