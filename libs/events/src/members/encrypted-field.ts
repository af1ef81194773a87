import { z } from 'zod';

/**
 * A personal value encrypted with its member's own key (AES-256-GCM, base64 parts). Erasing the
 * member destroys the key, so every copy of the value — events, Kafka, backups — becomes unreadable.
 */
export const encryptedFieldSchema = z
  .object({
    keyId: z.string().min(1).max(200).describe('Which member key encrypted the value'),
    ciphertext: z.base64().max(20_000).describe('The encrypted value'),
    iv: z.base64().max(64).describe('Initialisation vector'),
    tag: z.base64().max(64).describe('Authentication tag'),
  })
  .describe('A personal value, encrypted per member; unreadable once the member is erased');

export type EncryptedField = z.infer<typeof encryptedFieldSchema>;
