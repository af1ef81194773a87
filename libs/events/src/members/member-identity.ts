import { z } from 'zod';
import { encryptedFieldSchema } from './encrypted-field';
import { instantSchema } from './instant';

/** Adding a kind is additive; removing one is breaking. */
export const identityKindSchema = z
  .enum([
    'wechat_openid',
    'wechat_unionid',
    'wecom_external_userid',
    'douyin_openid',
    'weibo_uid',
    'xiaohongshu_id',
    'qq_openid',
    'discord_user_id',
    'phone',
    'email',
  ])
  .describe('What kind of identifier the identity is');

export const verificationMethodSchema = z
  .enum(['platform_oauth', 'sms_code', 'email_link', 'operator_attested'])
  .describe('How the member proved they control the identity');

export const identitySchema = z
  .object({
    identityId: z.uuid().describe('Stable id of this identity within the tenant'),
    kind: identityKindSchema,
    scope: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe('The app or corp the identifier belongs to, e.g. a WeChat appid for an openid'),
    value: encryptedFieldSchema,
    verification: z
      .object({ method: verificationMethodSchema, verifiedAt: instantSchema })
      .optional()
      .describe('Present once the identity is verified'),
  })
  .describe('An identifier of the member on a platform, normalised, then encrypted');

/** An identity as its holder keeps it, with the merges that brought it there (latest last). */
export const identitySnapshotSchema = identitySchema.extend({
  mergedVia: z.array(z.uuid()).describe('Merges that moved this identity, oldest first'),
});

export type IdentityKind = z.infer<typeof identityKindSchema>;
export type VerificationMethod = z.infer<typeof verificationMethodSchema>;
export type Identity = z.infer<typeof identitySchema>;
export type IdentitySnapshot = z.infer<typeof identitySnapshotSchema>;
