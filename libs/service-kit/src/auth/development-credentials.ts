// Erasable TypeScript only: also imported by scripts/token.ts and scripts/start.ts, which Node runs directly.

/** Public on purpose, so a fresh clone works without setup; configuration refuses both in production. */
export const developmentJwtSecret = 'groundswell-development-jwt-secret-never-use-in-production';
export const developmentIdentitySecret = 'groundswell-development-identity-secret-never-use-in-production';

export interface TokenSigningSettings {
  secret: string;
  issuer?: string;
  audience?: string;
}

/** What a development token must be signed with for a gateway started with the same environment. */
export function developmentTokenSettings(env: Record<string, string | undefined> = process.env): TokenSigningSettings {
  return {
    secret: env.AUTH_JWT_SECRET || developmentJwtSecret,
    issuer: env.AUTH_JWT_ISSUER || undefined,
    audience: env.AUTH_JWT_AUDIENCE || undefined,
  };
}

/** The internal identity secret services started with the same environment share. */
export function developmentIdentitySecretFrom(env: Record<string, string | undefined> = process.env): string {
  return env.INTERNAL_IDENTITY_SECRET || developmentIdentitySecret;
}
