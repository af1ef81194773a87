import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { communityProfileChangesSchema } from './community-profile';

export const CommunityProfileUpdatedV1 = defineEvent({
  service: 'members',
  name: 'CommunityProfileUpdated',
  version: 1,
  description: 'An operator changed how a community presents itself: name, avatar, slogan, theme, type or audience.',
  schema: z.object({
    communityId: z.uuid().describe('The community'),
    changes: communityProfileChangesSchema,
    updatedBy: actorSchema,
  }),
});
