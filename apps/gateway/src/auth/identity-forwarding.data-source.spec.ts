import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { HeaderMap } from '@apollo/server';
import { formatGraphqlError, IDENTITY_HEADER, REQUEST_ID_HEADER, verifyIdentityHeader, type Identity } from '@groundswell/service-kit';
import type { GatewayContext } from './gateway-context';
import { IdentityForwardingDataSource } from './identity-forwarding.data-source';

const secret = 'identity-secret-that-is-at-least-32-characters';
const identity: Identity = { sub: 'u1', tenant: 'demo', roles: ['moderator'], communities: ['c1'] };

function forward(dataSource: IdentityForwardingDataSource) {
  const headers = new HeaderMap();
  const context = { req: { id: 'req-00000042' }, identity } as unknown as GatewayContext;
  const options = { request: { http: { method: 'POST', headers, url: '' } }, context, incomingRequestContext: {} };
  dataSource.willSendRequest(options as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);
  return headers;
}

const subgraphResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }) as never;

describe(IdentityForwardingDataSource.name, () => {
  const dataSource = new IdentityForwardingDataSource('http://members/graphql', secret);

  it('should send the caller as an identity header the subgraph can verify, with the request id', () => {
    const headers = forward(dataSource);
    expect(headers.get(REQUEST_ID_HEADER)).toBe('req-00000042');
    const assertion = verifyIdentityHeader(headers.get(IDENTITY_HEADER), { secret, maxAgeMs: 60_000 });
    expect(assertion).toMatchObject({ ...identity, requestId: 'req-00000042' });
  });

  it('should not sign with any other secret', () => {
    const headers = forward(new IdentityForwardingDataSource('http://members/graphql', `${secret}-other`));
    expect(() => verifyIdentityHeader(headers.get(IDENTITY_HEADER), { secret, maxAgeMs: 60_000 })).toThrow('not valid');
  });

  it('should turn a subgraph refusing the signed identity into INTERNAL, not the caller’s UNAUTHENTICATED', async () => {
    const error = await dataSource.errorFromResponse(subgraphResponse(401, { errors: [{ message: 'The internal identity has expired' }] }));
    const reported: unknown[] = [];
    const formatted = formatGraphqlError({ message: error.message, extensions: error.extensions }, error, (cause) => reported.push(cause));
    expect(formatted.extensions?.code).toBe('INTERNAL');
    expect(String(reported[0])).toContain('http://members/graphql refused the identity the gateway signed');
  });

  it('should leave other subgraph failures as Apollo reports them', async () => {
    const error = await dataSource.errorFromResponse(subgraphResponse(403, { errors: [] }));
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', response: { status: 403 } });
  });
});
