import { randomUUID } from 'node:crypto';
import { developmentTokenSettings, signDevToken } from '@groundswell/service-kit';

// The e2e platform runs with GRAPHQL_MAX_DEPTH=4 (0-based: the top field is depth 0), GRAPHQL_MAX_COST=5000 and RATE_LIMIT_TENANT_PER_SECOND=150.
const url = () => `${process.env.GROUNDSWELL_E2E_GATEWAY}/graphql`;

async function post(body: string, token: string) {
  const response = await fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: asserted below through `json` being null
  }
  return { status: response.status, retryAfter: response.headers.get('retry-after'), json };
}

const tokenFor = (label: string) => signDevToken({ sub: 'e2e-limits', tenant: `e2e-${label}-${randomUUID().slice(0, 8)}`, roles: ['owner'] }, developmentTokenSettings(process.env));
const query = (text: string, variables?: unknown) => JSON.stringify({ query: text, variables });

describe('gateway limits', () => {
  it('should refuse a query nested deeper than the limit with BAD_USER_INPUT, before any subgraph is asked', async () => {
    const token = await tokenFor('depth');
    const sixDeep = `{ members(filter: { communityId: "${randomUUID()}" }) { edges { node { memberships { community { id } } } } } }`;
    const refused = await post(query(sixDeep), token);
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.json.errors[0].message).toMatch(/depth/);
    expect((await post(query(`{ member(id: "${randomUUID()}") { memberships { community { id } } } }`), token)).status).toBe(200);
  });

  it('should refuse a query that would cost more than the limit, with its cost', async () => {
    const token = await tokenFor('cost');
    const page = (alias: number) => `m${alias}: members(filter: { communityId: "${randomUUID()}" }, first: 100) { edges { node { id displayName } } }`;
    const costly = await post(query(`{ ${Array.from({ length: 20 }, (_, alias) => page(alias)).join(' ')} }`), token);
    expect(costly.status).toBe(400);
    expect(costly.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY' });
    expect(costly.json.errors[0].extensions.details.cost).toBeGreaterThan(5_000);
    expect((await post(query(`{ ${page(0)} }`), token)).status).toBe(200);
  });

  it('should refuse batched operations, malformed JSON and invalid variables with BAD_USER_INPUT, never a 500', async () => {
    const token = await tokenFor('input');
    const batch = await post(JSON.stringify([{ query: '{ membersStatus { service } }' }, { query: '{ contentStatus { service } }' }]), token);
    expect(batch.status).toBe(400);
    expect(batch.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const malformed = await post('{"query": "{ membersStatus { service } }"', token);
    expect(malformed.status).toBe(400);
    expect(malformed.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const badVariable = await post(query('query($first: Int) { communities(first: $first) { totalCount } }', { first: 'many' }), token);
    expect(badVariable.status).toBe(400);
    expect(badVariable.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknownField = await post(query('{ communities { nope } }'), token);
    expect(unknownField.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('should refuse a body over the size limit with 413 and BAD_USER_INPUT', async () => {
    const token = await tokenFor('size');
    const huge = await post(query('{ membersStatus { service } }', { padding: 'x'.repeat(5 * 1024 * 1024) }), token);
    expect(huge.status).toBe(413);
    expect(huge.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' });
  });

  it('should answer 429 with RATE_LIMITED and Retry-After once a tenant exceeds its budget, and serve other tenants', async () => {
    const [busy, calm] = [await tokenFor('busy'), await tokenFor('calm')];
    const responses = await Promise.all(Array.from({ length: 600 }, () => post(query('{ membersStatus { service } }'), busy)));
    const limited = responses.filter((response) => response.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0].retryAfter).toBe('1');
    expect(limited[0].json.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(responses.filter((response) => response.status === 200).length).toBeGreaterThan(0);
    expect((await post(query('{ membersStatus { service } }'), calm)).status).toBe(200);
  });
});
