import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { tagCategorySchema, tagModeSchema, tagRuleSchema } from './tags';

export const TagDefinedV1 = defineEvent({
  service: 'members',
  name: 'TagDefined',
  version: 1,
  description: 'A tag that members can carry was defined.',
  schema: z.object({
    tagId: z.uuid().describe('The tag'),
    key: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,49}$/)
      .optional()
      .describe('The tag’s unique handle in the tenant, e.g. `koc`; absent on tags defined before keys were recorded'),
    name: z.string().min(1).max(50).describe('Name shown to operators'),
    category: tagCategorySchema,
    mode: tagModeSchema,
    rule: tagRuleSchema.optional().describe('The rule, for rule-based tags'),
    definedBy: actorSchema,
  }),
});
