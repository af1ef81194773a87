import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { AuthError, type Identity } from '@groundswell/service-kit';
import type { RedisRateLimiter } from '../limits/rate-limiter';
import { consumeRateLimits } from '../limits/request-limits';
import { authenticate, type Authenticator } from './authenticator';

export interface GatewayContext {
  req: Request;
  identity: Identity;
}

/**
 * Authenticates before anything is parsed or planned: without a valid credential a request gets
 * 401 and UNAUTHENTICATED, not even schema hints from validation errors.
 */
export function gatewayContext(
  authenticators: readonly Authenticator[],
  limiter: Pick<RedisRateLimiter, 'consume'>,
  apiKeyLimiter?: Pick<RedisRateLimiter, 'consume'>,
) {
  return async ({ req }: { req: Request }): Promise<GatewayContext> => {
    let identity: Identity;
    try {
      identity = await authenticate(authenticators, req.headers);
    } catch (error) {
      throw error instanceof AuthError ? error.toRequestError({ 'www-authenticate': 'Bearer' }) : error;
    }
    const refusal = await consumeRateLimits(identity, { tenant: limiter, apiKey: apiKeyLimiter });
    if (refusal) {
      throw new GraphQLError(`Too many requests for this ${refusal.scope}; retry after the indicated delay`, {
        extensions: {
          code: 'RATE_LIMITED',
          http: { status: 429, headers: new Map([['retry-after', String(refusal.retryAfterSeconds)]]) },
        },
      });
    }
    return { req, identity };
  };
}
