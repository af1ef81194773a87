import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { platformSchema } from './platform';

export const CommunityCreatedV1 = defineEvent({
  service: 'members',
  name: 'CommunityCreated',
  version: 1,
  description: 'An operator registered a community (a group, channel or server) with Groundswell.',
  schema: z.object({
    communityId: z.uuid().describe('The new community'),
    name: z.string().min(1).max(100).describe('Display name operators and members see'),
    platform: platformSchema,
    externalId: z.string().min(1).max(200).optional().describe('The platform’s own id for the group, when it has one'),
  }),
});
