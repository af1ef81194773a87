import type { StartOptions } from '../lib/services.ts';

/** The services every services-based bench runs against: their own databases and ports beside a developer's platform. */
export const benchPlatform = {
  portOffset: 900,
  databasePrefix: 'groundswell_bench',
  // The point is to measure the gateway, not to watch the tenant rate limit refuse the load.
  env: { LOG_LEVEL: 'warn', RATE_LIMIT_TENANT_PER_SECOND: '1000000', GROUNDSWELL_DEMO: 'off' },
} satisfies StartOptions;
