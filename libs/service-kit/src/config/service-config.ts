import { z } from 'zod';

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

export const serviceNames = ['gateway', 'members', 'content', 'campaigns', 'moderation', 'analytics'] as const;
export type ServiceName = (typeof serviceNames)[number];

export const defaultPorts: Record<ServiceName, number> = {
  gateway: 4000,
  members: 4101,
  content: 4102,
  campaigns: 4103,
  moderation: 4104,
  analytics: 4105,
};

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

function configSchema(service: ServiceName) {
  return z.object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(defaultPorts[service]),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z.url().default(`postgres://postgres@127.0.0.1:5432/groundswell_${service}`),
    DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
    KAFKA_BROKERS: z
      .string()
      .default('127.0.0.1:9092')
      .transform((value) => value.split(',').map((broker) => broker.trim()).filter(Boolean)),
    KAFKA_CLIENT_ID: z.string().default(`groundswell-${service}`),
    REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
    OTEL_TRACES_EXPORTER: z.enum(['none', 'otlp', 'console']).default('none'),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
    GRAPHQL_INTROSPECTION: booleanFlag.optional(),
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
