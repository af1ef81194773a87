// The e2e gateway runs with NODE_ENV=test and no CORS_ORIGINS: local front-end origins only.
const gatewayUrl = () => `${process.env.GROUNDSWELL_E2E_GATEWAY}/graphql`;

const preflight = (origin: string) =>
  fetch(gatewayUrl(), {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });

describe('CORS at the gateway', () => {
  it('should let a local front-end dev server send authorised GraphQL posts', async () => {
    const response = await preflight('http://localhost:5173');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')?.split(',')).toEqual(expect.arrayContaining(['authorization', 'content-type']));
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('should give any other origin no CORS permission', async () => {
    const response = await preflight('https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('should let the browser read the request id and Retry-After of an allowed origin\'s response', async () => {
    const response = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: { origin: 'http://127.0.0.1:3000', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ membersStatus { service } }' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000');
    expect(response.headers.get('access-control-expose-headers')?.split(',')).toEqual(expect.arrayContaining(['retry-after', 'x-request-id']));
  });
});
