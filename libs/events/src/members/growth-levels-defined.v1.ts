import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { instantSchema } from './instant';

export const GrowthLevelsDefinedV1 = defineEvent({
  service: 'members',
  name: 'GrowthLevelsDefined',
  version: 1,
  description: 'The tenant defined a new version of its growth level thresholds (on the lifetime growth value).',
  schema: z.object({
    version: z.int().min(1).describe('Version of the level table, one more than the last'),
    levels: z
      .array(z.object({ level: z.string().min(1).max(50).describe('Level name'), minGrowth: z.int().min(0).describe('Growth value that reaches it') }))
      .min(1)
      .describe('Levels, lowest first; the first starts at 0'),
    definedBy: actorSchema,
    definedAt: instantSchema,
  }),
});
