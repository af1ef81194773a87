import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { instantSchema } from './instant';

const stageThresholdSchema = z
  .object({
    minActiveDays: z.int().min(0).describe('Days with any activity in the last 30'),
    minInteractions: z.int().min(0).describe('Qualifying interactions in the last 30 days'),
    minContributions: z.int().min(0).describe('Posts, answers and other contributions in the last 30 days'),
  })
  .describe('What a member must reach, over the last 30 days, to be promoted to the stage');

export const LifecycleRulesDefinedV1 = defineEvent({
  service: 'members',
  name: 'LifecycleRulesDefined',
  version: 1,
  description:
    'The tenant defined a new version of its lifecycle rules; stage changes from then on name this version. Version 1 is the built-in default every tenant starts with.',
  schema: z.object({
    version: z.int().min(2).describe('Version of the rules, one more than the last'),
    promotion: z.object({ active: stageThresholdSchema, core: stageThresholdSchema, koc: stageThresholdSchema }),
    dormantAfterInactiveDays: z.int().min(1).describe('Quiet days after which a member is dormant'),
    churnedAfterInactiveDays: z.int().min(2).describe('Quiet days after which a member is churned'),
    demotionCadence: z.enum(['daily', 'weekly', 'monthly']).describe('Demotions wait for the next period boundary'),
    utcOffsetMinutes: z.int().min(-840).max(840).describe('The tenant’s clock, for where days, weeks and months begin'),
    definedBy: actorSchema,
    definedAt: instantSchema,
  }),
});
