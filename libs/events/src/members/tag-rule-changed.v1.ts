import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { tagRuleSchema } from './tags';

export const TagRuleChangedV1 = defineEvent({
  service: 'members',
  name: 'TagRuleChanged',
  version: 1,
  description: 'The rule of a rule-based tag changed; the new version applies from now on.',
  schema: z.object({
    tagId: z.uuid().describe('The tag'),
    rule: tagRuleSchema,
    changedBy: actorSchema,
  }),
});
