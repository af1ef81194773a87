import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { instantSchema } from './instant';
import { tagAssignmentSourceSchema } from './tags';

export const MemberUntaggedV1 = defineEvent({
  service: 'members',
  name: 'MemberUntagged',
  version: 1,
  description: 'A member no longer carries a tag.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    tagId: z.uuid().describe('The tag'),
    source: tagAssignmentSourceSchema,
    ruleVersion: z.int().min(1).optional().describe('Version of the rule that decided, when the rule did'),
    changedBy: actorSchema,
    changedAt: instantSchema,
  }),
});
