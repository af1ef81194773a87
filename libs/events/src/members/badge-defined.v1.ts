import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { instantSchema } from './instant';

export const BadgeDefinedV1 = defineEvent({
  service: 'members',
  name: 'BadgeDefined',
  version: 1,
  description: 'The tenant defined (or renamed) a badge members can be awarded.',
  schema: z.object({
    badgeId: z.string().min(1).max(100).describe('The badge key, e.g. `early-bird`'),
    name: z.string().min(1).max(100).describe('Display name'),
    description: z.string().min(1).max(500).optional().describe('What it is awarded for'),
    definedBy: actorSchema,
    definedAt: instantSchema,
  }),
});
