import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';

export const TagRetiredV1 = defineEvent({
  service: 'members',
  name: 'TagRetired',
  version: 1,
  description: 'A tag can no longer be assigned; members who carry it keep it in their history.',
  schema: z.object({
    tagId: z.uuid().describe('The tag'),
    retiredBy: actorSchema,
  }),
});
