import { AuthError, type Identity } from '@groundswell/service-kit';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import type { Authenticator } from './authenticator';
import { gatewayContext } from './gateway-context';

const identity = (sub: string): Identity => ({ sub, tenant: 'demo', roles: ['owner'] });
const request = (headers: Record<string, string> = {}) => ({ headers }) as unknown as Request;
const recognising = (result: Identity | null | AuthError): Authenticator => ({
  authenticate: async () => {
    if (result instanceof AuthError) throw result;
    return result;
  },
});

const unlimited = { consume: async () => ({ allowed: true, retryAfterSeconds: 0 }) };
const exhausted = { consume: async () => ({ allowed: false, retryAfterSeconds: 1 }) };

async function refusal(context: Promise<unknown>): Promise<GraphQLError> {
  const error = await context.then(() => undefined, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

describe(gatewayContext.name, () => {
  it('should carry the identity of the first authenticator that recognises a credential', async () => {
    const context = gatewayContext([recognising(null), recognising(identity('u2')), recognising(identity('u3'))], unlimited);
    await expect(context({ req: request() })).resolves.toMatchObject({ identity: { sub: 'u2' } });
  });

  it('should refuse with 401 and UNAUTHENTICATED when no credential is recognised', async () => {
    const error = await refusal(gatewayContext([recognising(null)], unlimited)({ req: request() }));
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
    expect(error.extensions.http).toMatchObject({ status: 401, headers: new Map([['www-authenticate', 'Bearer']]) });
    expect((error.originalError as AuthError).code).toBe('CREDENTIALS_MISSING');
  });

  it('should refuse with the reason of a bad credential', async () => {
    const error = await refusal(gatewayContext([recognising(new AuthError('TOKEN_EXPIRED', 'The token has expired'))], unlimited)({ req: request() }));
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
    expect((error.originalError as AuthError).code).toBe('TOKEN_EXPIRED');
  });

  it('should let failures other than authentication through unchanged', async () => {
    const outage = new Error('JWKS unreachable');
    const failing: Authenticator = { authenticate: () => Promise.reject(outage) };
    await expect(gatewayContext([failing], unlimited)({ req: request() })).rejects.toBe(outage);
  });

  it('should refuse with 429, RATE_LIMITED and Retry-After once the tenant has used its budget', async () => {
    const error = await refusal(gatewayContext([recognising(identity('u1'))], exhausted)({ req: request() }));
    expect(error.extensions.code).toBe('RATE_LIMITED');
    expect(error.extensions.http).toMatchObject({ status: 429, headers: new Map([['retry-after', '1']]) });
  });

  it('should refuse an API key over its own budget with 429 and RATE_LIMITED', async () => {
    const apiKey: Identity = { sub: 'apikey:k1', tenant: 'demo', roles: ['partner'], permissions: ['members:read'] };
    const error = await refusal(gatewayContext([recognising(apiKey)], unlimited, exhausted)({ req: request() }));
    expect(error.extensions.code).toBe('RATE_LIMITED');
    expect(error.message).toContain('api key');
  });
});
