import { z } from 'zod';
import { encryptedFieldSchema } from './encrypted-field';

/** Every profile field is personal, so each is encrypted; `null` clears it. */
export const memberProfileFields = [
  'displayName',
  'ageBand',
  'gender',
  'region',
  'occupation',
  'interests',
  'activeHours',
] as const;

export type MemberProfileField = (typeof memberProfileFields)[number];

const change = encryptedFieldSchema.nullable().optional();

export const memberProfileChangesSchema = z
  .object({
    displayName: change.describe('Name shown to operators'),
    ageBand: change.describe('Age band'),
    gender: change.describe('Gender'),
    region: change.describe('Province or city'),
    occupation: change.describe('Occupation'),
    interests: change.describe('Declared interests'),
    activeHours: change.describe('Hours of day the member is usually active'),
  })
  .describe('Changed profile fields only; `null` clears a field');

export type MemberProfileChanges = z.infer<typeof memberProfileChangesSchema>;
