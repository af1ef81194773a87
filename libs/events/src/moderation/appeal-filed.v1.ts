import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from '../members/actor';

export const AppealFiledV1 = defineEvent({
  service: 'moderation',
  name: 'AppealFiled',
  version: 1,
  description: 'A sanctioned member (or an operator on their behalf) appealed a sanction.',
  schema: z.object({
    appealId: z.uuid().describe('The appeal'),
    sanctionId: z.uuid().describe('The sanction appealed'),
    memberId: z.uuid().describe('The sanctioned member'),
    statement: z.string().min(1).max(2000).describe('The member’s case'),
    filedBy: actorSchema,
    sanctionedBy: actorSchema.describe('Who applied the sanction: never the one to review the appeal'),
  }),
});
