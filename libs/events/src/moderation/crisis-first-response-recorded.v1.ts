import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from '../members/instant';
import { crisisAlertIdSchema, crisisCommunityIdSchema } from './crisis-alert';

export const CrisisFirstResponseRecordedV1 = defineEvent({
  service: 'moderation',
  name: 'CrisisFirstResponseRecorded',
  version: 1,
  description: 'The first official response to a crisis alert was published; handling time runs from the alert to here (KPI-61).',
  schema: z.object({
    alertId: crisisAlertIdSchema,
    communityId: crisisCommunityIdSchema,
    channel: z.enum(['community', 'social_platform', 'official_website', 'news_media']).describe('Where the statement was published (MOD-41)'),
    statement: z.string().min(1).max(2000).describe('The official statement, as published'),
    respondedAt: instantSchema,
    responseMinutes: z.number().min(0).describe('Minutes from the alert to the response'),
    withinSla: z.boolean().describe('Whether it came by the response deadline'),
    respondedBy: z.string().min(1).max(200).describe('Operator who recorded it'),
  }),
});
