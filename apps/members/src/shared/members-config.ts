import { createHash } from 'node:crypto';
import { z } from 'zod';

const base64Key = z
  .string()
  .transform((value) => Buffer.from(value, 'base64'))
  .refine((key) => key.length === 32, 'must be 32 bytes, base64-encoded');

const schema = z.object({
  NODE_ENV: z.string().default('development'),
  MEMBERS_KEY_ENCRYPTION_KEY: base64Key.optional(),
  MEMBERS_IDENTITY_INDEX_KEY: base64Key.optional(),
});

export interface MembersConfig {
  /** Wraps every member's own data key. */
  keyEncryptionKey: Buffer;
  /** Keys the blind index that finds a member by identity without storing the identity in the clear. */
  identityIndexKey: Buffer;
}

// Development keys are derived from fixed labels so a fresh clone works; production must set real ones.
const developmentKey = (label: string) => createHash('sha256').update(`groundswell-development-${label}`).digest();

export function loadMembersConfig(env: NodeJS.ProcessEnv = process.env): MembersConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid members configuration: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  const { NODE_ENV, MEMBERS_KEY_ENCRYPTION_KEY, MEMBERS_IDENTITY_INDEX_KEY } = parsed.data;
  if (NODE_ENV === 'production' && (!MEMBERS_KEY_ENCRYPTION_KEY || !MEMBERS_IDENTITY_INDEX_KEY)) {
    throw new Error('Invalid members configuration: MEMBERS_KEY_ENCRYPTION_KEY and MEMBERS_IDENTITY_INDEX_KEY are required in production');
  }
  return {
    keyEncryptionKey: MEMBERS_KEY_ENCRYPTION_KEY ?? developmentKey('key-encryption'),
    identityIndexKey: MEMBERS_IDENTITY_INDEX_KEY ?? developmentKey('identity-index'),
  };
}
