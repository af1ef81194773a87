import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { communityGoalSchema } from './community-profile';

export const CommunityGoalsSetV1 = defineEvent({
  service: 'members',
  name: 'CommunityGoalsSet',
  version: 1,
  description: 'The operating goals of a community were replaced by this list.',
  schema: z.object({
    communityId: z.uuid().describe('The community'),
    goals: z.array(communityGoalSchema).max(20).describe('Every goal now in force'),
    setBy: actorSchema,
  }),
});
