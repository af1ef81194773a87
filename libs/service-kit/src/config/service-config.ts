import { z } from 'zod';
import { developmentIdentitySecret, developmentJwtSecret } from '../auth/development-credentials';
import { databaseName, registeredService, type ServiceName } from '../registry/service-registry';

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

// HMAC-SHA256 keys shorter than the hash add no strength and are easy to guess.
const secret = z.string().min(32, 'must be at least 32 characters');

function settingsSchema(service: ServiceName) {
  return z.object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(registeredService(service).port),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z.url().default(`postgres://postgres@127.0.0.1:5432/${databaseName(service)}`),
    DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
    KAFKA_BROKERS: z
      .string()
      .default('127.0.0.1:9092')
      .transform((value) => value.split(',').map((broker) => broker.trim()).filter(Boolean)),
    KAFKA_CLIENT_ID: z.string().default(`groundswell-${service}`),
    // The SASL/SCRAM listener partner platforms connect to (ADR 0016), as partners must address it.
    KAFKA_PARTNER_BROKERS: z
      .string()
      .default('127.0.0.1:9094')
      .transform((value) => value.split(',').map((broker) => broker.trim()).filter(Boolean)),
    // Deployment namespace: prefixes every Kafka topic and consumer group (`<env>.gs.members.member`),
    // so deployments (or a test platform beside a developer's) share one cluster. Unset: plain names.
    GROUNDSWELL_ENV: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lowercase letters, digits and dashes, at most 40')
      .optional(),
    // SCRAM credentials of the service's KafkaUser (deploy/k8s); unset, the client connects unauthenticated.
    KAFKA_SASL_MECHANISM: z.enum(['scram-sha-256', 'scram-sha-512']).default('scram-sha-512'),
    KAFKA_SASL_USERNAME: z.string().min(1).optional(),
    KAFKA_SASL_PASSWORD: z.string().min(1).optional(),
    REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
    OTEL_TRACES_EXPORTER: z.enum(['none', 'otlp', 'console']).default('none'),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
    // Large enough for a 10,000-item activity batch; anything bigger is refused with 413.
    HTTP_BODY_LIMIT: z.string().regex(/^\d+(kb|mb)$/, 'e.g. 512kb or 4mb').default('4mb'),
    GRAPHQL_INTROSPECTION: booleanFlag.optional(),
    AUTH_JWT_SECRET: secret.optional(),
    AUTH_JWKS_URL: z.url().optional(),
    AUTH_JWT_ISSUER: z.string().min(1).optional(),
    AUTH_JWT_AUDIENCE: z.string().min(1).optional(),
    INTERNAL_IDENTITY_SECRET: secret.optional(),
    INTERNAL_IDENTITY_MAX_AGE_MS: z.coerce.number().int().positive().default(60_000),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(10),
    GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(20_000),
    RATE_LIMIT_TENANT_PER_SECOND: z.coerce.number().int().positive().default(200),
    // Browser origins allowed to call the gateway, comma-separated (see cors-policy.ts for the defaults).
    CORS_ORIGINS: z
      .string()
      .optional()
      .transform((value) => value?.split(',').map((origin) => origin.trim()).filter(Boolean)),
    // How long the gateway keeps an automatic persisted query in Redis.
    APQ_TTL_SECONDS: z.coerce.number().int().positive().default(86_400),
    // Apollo Gateway's query-plan cache (an in-memory LRU per instance), in MiB.
    QUERY_PLAN_CACHE_MIB: z.coerce.number().int().positive().default(30),
    // Kept-alive connections from the gateway to each subgraph.
    SUBGRAPH_MAX_SOCKETS: z.coerce.number().int().positive().default(64),
    // A subgraph that has not answered by then is left out of the answer (SUBGRAPH_UNAVAILABLE);
    // SUBGRAPH_TIMEOUT_MS_<NAME> overrides it for one subgraph.
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    // Past either limit the gateway answers 503 OVERLOADED with Retry-After instead of queueing
    // work it cannot finish in time; it takes requests again as soon as it is back under them.
    GATEWAY_MAX_CONCURRENT_REQUESTS: z.coerce.number().int().positive().default(256),
    // Off unless set: a busy machine (or a start-up that blocks the loop) would otherwise shed
    // requests that a moment later it could serve; 1000 suits a gateway with its own cores.
    GATEWAY_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().positive().optional(),
    // Per API key, within its tenant's budget: one busy integration can't use up the whole tenant's.
    RATE_LIMIT_API_KEY_PER_SECOND: z.coerce.number().int().positive().default(50),
    // How long the gateway trusts a verified API key before asking again: the revocation delay.
    API_KEY_CACHE_TTL_MS: z.coerce.number().int().min(0).max(10_000).default(10_000),
  });
}

/** Settings plus the rules that keep development credentials out of production. */
function configSchema(service: ServiceName) {
  return settingsSchema(service)
    .superRefine((config, context) => {
      const problem = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
      if (Boolean(config.KAFKA_SASL_USERNAME) !== Boolean(config.KAFKA_SASL_PASSWORD)) {
        problem(config.KAFKA_SASL_USERNAME ? 'KAFKA_SASL_PASSWORD' : 'KAFKA_SASL_USERNAME', 'KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD go together');
      }
      if (config.NODE_ENV !== 'production') return;
      if (!config.INTERNAL_IDENTITY_SECRET) problem('INTERNAL_IDENTITY_SECRET', 'required in production');
      if (config.INTERNAL_IDENTITY_SECRET === developmentIdentitySecret) problem('INTERNAL_IDENTITY_SECRET', 'is the public development secret');
      if (config.AUTH_JWT_SECRET === developmentJwtSecret) problem('AUTH_JWT_SECRET', 'is the public development secret');
      if (service === 'gateway' && !config.AUTH_JWT_SECRET && !config.AUTH_JWKS_URL) {
        problem('AUTH_JWKS_URL', 'required in production unless AUTH_JWT_SECRET is set');
      }
    })
    .transform((config) => {
      const development = config.NODE_ENV !== 'production';
      return {
        ...config,
        // The development secret applies only when no key source at all is configured.
        AUTH_JWT_SECRET: config.AUTH_JWT_SECRET ?? (development && !config.AUTH_JWKS_URL ? developmentJwtSecret : undefined),
        INTERNAL_IDENTITY_SECRET: config.INTERNAL_IDENTITY_SECRET ?? developmentIdentitySecret,
      };
    });
}

export type ServiceConfig = z.output<ReturnType<typeof configSchema>> & {
  service: ServiceName;
  version: string;
};

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** Reads and validates the environment once at start; a bad value stops the service with every problem listed. */
export function loadServiceConfig(
  service: ServiceName,
  env: NodeJS.ProcessEnv = process.env,
  version = process.env.npm_package_version ?? '0.1.0',
): ServiceConfig {
  const result = configSchema(service).safeParse(env);
  if (!result.success) {
    throw new ConfigurationError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return { ...result.data, service, version };
}

export function introspectionEnabled(config: ServiceConfig): boolean {
  return config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production';
}
