import { developmentIdentitySecretFrom, developmentTokenSettings, IDENTITY_HEADER, signDevToken, signIdentityHeader, type IdentityAssertion } from '@groundswell/service-kit';

const ports = () => JSON.parse(process.env.GROUNDSWELL_E2E_PORTS!) as Record<string, number>;
const graphqlUrl = (service: string) => `http://127.0.0.1:${ports()[service]}/graphql`;
const statusQuery = { query: '{ membersStatus { service } }' };

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as any };
}

const ownerToken = (settings = developmentTokenSettings(process.env)) => signDevToken({ sub: 'e2e-owner', tenant: 'e2e', roles: ['owner'] }, settings);
const assertion = (): IdentityAssertion => ({ sub: 'e2e-owner', tenant: 'e2e', roles: ['owner'], iat: Date.now(), requestId: 'e2e-direct-0001' });

function expectRefused(result: Awaited<ReturnType<typeof post>>) {
  expect(result.status).toBe(401);
  expect(result.json.data).toBeUndefined();
  expect(result.json.errors).toHaveLength(1);
  expect(result.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(result.json.errors[0].extensions.stacktrace).toBeUndefined();
}

describe('authentication at the gateway', () => {
  it('should answer a request with a valid token from the subgraph it forwarded to', async () => {
    const result = await post(graphqlUrl('gateway'), statusQuery, { authorization: `Bearer ${await ownerToken()}` });
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ data: { membersStatus: { service: 'members' } } });
  });

  it('should refuse a request without a token with 401 and UNAUTHENTICATED', async () => {
    const result = await post(graphqlUrl('gateway'), statusQuery);
    expectRefused(result);
    expect(result.json.errors[0].extensions.reason).toBe('CREDENTIALS_MISSING');
    expect(result.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('should refuse a token signed with another secret', async () => {
    const forged = await ownerToken({ secret: 'not-the-gateway-secret-but-32-characters-long' });
    const result = await post(graphqlUrl('gateway'), statusQuery, { authorization: `Bearer ${forged}` });
    expectRefused(result);
    expect(result.json.errors[0].extensions.reason).toBe('TOKEN_INVALID');
  });

  it('should refuse an expired token', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 7200;
    const expired = await signDevToken({ sub: 'e2e-owner', tenant: 'e2e', roles: ['owner'] }, { ...developmentTokenSettings(process.env), issuedAt, ttlSeconds: 3600 });
    const result = await post(graphqlUrl('gateway'), statusQuery, { authorization: `Bearer ${expired}` });
    expectRefused(result);
    expect(result.json.errors[0].extensions.reason).toBe('TOKEN_EXPIRED');
  });

  it('should not let a client vouch for itself with an internal identity header', async () => {
    const header = signIdentityHeader(assertion(), developmentIdentitySecretFrom(process.env));
    expectRefused(await post(graphqlUrl('gateway'), statusQuery, { [IDENTITY_HEADER]: header }));
  });

  it('should keep health and metrics open', async () => {
    for (const path of ['/health/live', '/health/ready', '/metrics']) {
      expect((await fetch(`http://127.0.0.1:${ports().gateway}${path}`)).status).toBe(200);
    }
  });
});

describe('a subgraph called directly', () => {
  const secret = () => developmentIdentitySecretFrom(process.env);

  it('should refuse a request without the signed identity header', async () => {
    const result = await post(graphqlUrl('members'), statusQuery, { authorization: `Bearer ${await ownerToken()}` });
    expectRefused(result);
    expect(result.json.errors[0].extensions.reason).toBe('IDENTITY_MISSING');
  });

  it('should refuse a tampered identity header', async () => {
    const [, signature] = signIdentityHeader({ ...assertion(), roles: ['volunteer'] }, secret()).split('.');
    const escalated = Buffer.from(JSON.stringify(assertion())).toString('base64url');
    const result = await post(graphqlUrl('members'), statusQuery, { [IDENTITY_HEADER]: `${escalated}.${signature}` });
    expectRefused(result);
    expect(result.json.errors[0].extensions.reason).toBe('IDENTITY_INVALID');
  });

  it('should refuse a stale identity header', async () => {
    const header = signIdentityHeader({ ...assertion(), iat: Date.now() - 10 * 60_000 }, secret());
    const result = await post(graphqlUrl('members'), statusQuery, { [IDENTITY_HEADER]: header });
    expectRefused(result);
    expect(result.json.errors[0].extensions.reason).toBe('IDENTITY_STALE');
  });

  it('should answer a request signed with the shared secret, as the gateway sends it', async () => {
    const result = await post(graphqlUrl('members'), statusQuery, { [IDENTITY_HEADER]: signIdentityHeader(assertion(), secret()) });
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ data: { membersStatus: { service: 'members' } } });
  });

  it('should answer the federation SDL query without an identity, for composition tools', async () => {
    const result = await post(graphqlUrl('members'), { query: '{ _service { sdl } }' });
    expect(result.status).toBe(200);
    expect(result.json.data._service.sdl).toContain('membersStatus');
  });
});
