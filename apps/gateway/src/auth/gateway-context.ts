import type { Request } from 'express';
import { AuthError, type Identity } from '@groundswell/service-kit';
import { authenticate, type Authenticator } from './authenticator';

export interface GatewayContext {
  req: Request;
  identity: Identity;
}

/**
 * Authenticates before anything is parsed or planned: without a valid credential a request gets
 * 401 and UNAUTHENTICATED, not even schema hints from validation errors.
 */
export function gatewayContext(authenticators: readonly Authenticator[]) {
  return async ({ req }: { req: Request }): Promise<GatewayContext> => {
    try {
      return { req, identity: await authenticate(authenticators, req.headers) };
    } catch (error) {
      throw error instanceof AuthError ? error.toRequestError({ 'www-authenticate': 'Bearer' }) : error;
    }
  };
}
