import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { communityStageSchema } from './community-profile';
import { instantSchema } from './instant';

export const CommunityStageChangedV1 = defineEvent({
  service: 'members',
  name: 'CommunityStageChanged',
  version: 1,
  description: 'A community moved to another maturity stage (build-up, deepening, expansion).',
  schema: z.object({
    communityId: z.uuid().describe('The community'),
    from: communityStageSchema,
    to: communityStageSchema,
    correction: z.boolean().describe('True when this corrects an earlier stage instead of advancing one step'),
    reason: z.string().min(1).max(500).optional().describe('Why; always present on corrections'),
    changedBy: actorSchema,
    changedAt: instantSchema,
  }),
});
