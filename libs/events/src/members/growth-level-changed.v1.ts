import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';

export const GrowthLevelChangedV1 = defineEvent({
  service: 'members',
  name: 'GrowthLevelChanged',
  version: 1,
  description: 'A member reached another growth level under the tenant’s level thresholds.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    from: z.string().min(1).max(50).optional().describe('Previous level; absent on the first'),
    to: z.string().min(1).max(50).describe('New level'),
    growthValue: z.int().min(0).describe('Growth value that placed them there'),
    levelTableVersion: z.int().min(1).describe('Version of the tenant’s level table'),
  }),
});
