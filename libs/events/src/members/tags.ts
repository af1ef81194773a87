import { z } from 'zod';
import { actorSchema } from './actor';
import { instantSchema } from './instant';

export const tagCategorySchema = z
  .enum(['interest', 'role', 'customer_status', 'lifecycle', 'custom'])
  .describe('What the tag says about a member');

export const tagModeSchema = z
  .enum(['manual', 'rule'])
  .describe('Assigned by operators, or by a rule over member data');

export const tagRuleSchema = z
  .object({
    version: z.int().min(1).describe('Version of the rule; every change is a new version'),
    criteria: z.record(z.string(), z.unknown()).describe('The rule, in the segment-criteria format'),
  })
  .describe('The rule that assigns the tag');

export const tagAssignmentSourceSchema = z
  .enum(['manual', 'rule'])
  .describe('Whether an operator or the tag’s rule made the change');

/** A tag put on or taken off a member: both changes carry the same record. */
export const tagAssignmentChangeSchema = z.object({
  memberId: z.uuid().describe('The member'),
  tagId: z.uuid().describe('The tag'),
  source: tagAssignmentSourceSchema,
  ruleVersion: z.int().min(1).optional().describe('Version of the rule that decided, when the rule did'),
  changedBy: actorSchema,
  changedAt: instantSchema,
});

export type TagCategory = z.infer<typeof tagCategorySchema>;
export type TagMode = z.infer<typeof tagModeSchema>;
export type TagRule = z.infer<typeof tagRuleSchema>;
