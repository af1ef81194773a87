import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import { REQUEST_ID_HEADER, type ServiceConfig } from '@groundswell/service-kit';

// Any port on this machine: front-end dev servers move around (Vite 5173, Next 3000…).
const localOrigin = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * Which browser origins may call the gateway: exactly CORS_ORIGINS when set; otherwise local
 * origins outside production and none in production (a browser app must be named to be let in).
 * Credentials travel in the Authorization header, never in cookies, so no `credentials: true`.
 */
export function gatewayCorsPolicy(config: Pick<ServiceConfig, 'CORS_ORIGINS' | 'NODE_ENV'>): CorsOptions | false {
  const origin = config.CORS_ORIGINS?.length ? config.CORS_ORIGINS : config.NODE_ENV === 'production' ? undefined : localOrigin;
  if (!origin) return false;
  return {
    origin,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type', 'x-api-key', 'apollo-require-preflight', REQUEST_ID_HEADER],
    exposedHeaders: ['retry-after', 'www-authenticate', REQUEST_ID_HEADER],
    maxAge: 600,
  };
}
