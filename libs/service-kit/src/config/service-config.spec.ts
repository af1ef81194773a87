import { developmentIdentitySecret, developmentJwtSecret } from '../auth/development-credentials';
import type { ServiceName } from '../registry/service-registry';
import { ConfigurationError, loadServiceConfig } from './service-config';

const strongSecret = (name: string) => `${name}-0123456789abcdef0123456789abcdef`;
const production = (env: Record<string, string> = {}) => ({ NODE_ENV: 'production', INTERNAL_IDENTITY_SECRET: strongSecret('identity'), ...env });

function problemsOf(service: ServiceName, env: Record<string, string>): string[] {
  try {
    loadServiceConfig(service, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).problems;
  }
  throw new Error('expected the configuration to be refused');
}

describe(loadServiceConfig.name, () => {
  it('should use the development secrets outside production', () => {
    const config = loadServiceConfig('gateway', {});
    expect(config.AUTH_JWT_SECRET).toBe(developmentJwtSecret);
    expect(config.INTERNAL_IDENTITY_SECRET).toBe(developmentIdentitySecret);
    expect(config.INTERNAL_IDENTITY_MAX_AGE_MS).toBe(60_000);
  });

  it('should not add the development JWT secret when a JWKS is configured', () => {
    expect(loadServiceConfig('gateway', { AUTH_JWKS_URL: 'https://id.example/jwks.json' }).AUTH_JWT_SECRET).toBeUndefined();
  });

  it('should require the internal identity secret in production', () => {
    expect(problemsOf('members', { NODE_ENV: 'production' })).toEqual(['INTERNAL_IDENTITY_SECRET: required in production']);
  });

  it('should require a JWT key source for the gateway in production', () => {
    expect(problemsOf('gateway', production())).toEqual(['AUTH_JWKS_URL: required in production unless AUTH_JWT_SECRET is set']);
    expect(loadServiceConfig('gateway', production({ AUTH_JWKS_URL: 'https://id.example/jwks.json' })).AUTH_JWT_SECRET).toBeUndefined();
    expect(loadServiceConfig('gateway', production({ AUTH_JWT_SECRET: strongSecret('jwt') })).AUTH_JWT_SECRET).toBe(strongSecret('jwt'));
  });

  it('should refuse the public development secrets in production', () => {
    const problems = problemsOf('gateway', production({ AUTH_JWT_SECRET: developmentJwtSecret, INTERNAL_IDENTITY_SECRET: developmentIdentitySecret }));
    expect(problems.sort()).toEqual(['AUTH_JWT_SECRET: is the public development secret', 'INTERNAL_IDENTITY_SECRET: is the public development secret']);
  });

  it('should refuse a Kafka SCRAM user name without its password, and the other way round', () => {
    expect(problemsOf('members', { KAFKA_SASL_USERNAME: 'members' })).toEqual(['KAFKA_SASL_PASSWORD: KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD go together']);
    expect(problemsOf('members', { KAFKA_SASL_PASSWORD: 'secret' })).toEqual(['KAFKA_SASL_USERNAME: KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD go together']);
    expect(loadServiceConfig('members', { KAFKA_SASL_USERNAME: 'members', KAFKA_SASL_PASSWORD: 'secret' })).toMatchObject({ KAFKA_SASL_MECHANISM: 'scram-sha-512' });
  });

  it('should refuse secrets shorter than 32 characters', () => {
    expect(problemsOf('members', { INTERNAL_IDENTITY_SECRET: 'short' })).toEqual(['INTERNAL_IDENTITY_SECRET: must be at least 32 characters']);
  });
});
