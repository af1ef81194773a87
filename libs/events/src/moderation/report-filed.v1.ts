import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from '../members/actor';
import { moderationTargetSchema } from './moderation-target';

export const reportCategorySchema = z
  .enum(['spam', 'ads', 'abuse', 'fraud', 'politics', 'privacy', 'other'])
  .describe('What the reporter says is wrong');

export type ReportCategory = z.infer<typeof reportCategorySchema>;

export const ReportFiledV1 = defineEvent({
  service: 'moderation',
  name: 'ReportFiled',
  version: 1,
  description: 'A member or an operator reported a content item, a message or a member; the report joined the open review case on that target, or opened one.',
  schema: z.object({
    reportId: z.uuid().describe('The report'),
    caseId: z.uuid().describe('The review case the report joined or opened'),
    target: moderationTargetSchema,
    category: reportCategorySchema,
    detail: z.string().max(1000).optional().describe('The reporter’s own words'),
    reportedBy: actorSchema,
  }),
});
