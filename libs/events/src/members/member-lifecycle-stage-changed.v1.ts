import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { instantSchema } from './instant';
import { memberLifecycleStageSchema } from './member-lifecycle-stage';

export const MemberLifecycleStageChangedV1 = defineEvent({
  service: 'members',
  name: 'MemberLifecycleStageChanged',
  version: 1,
  description: 'A member’s lifecycle stage in a community changed, by the tenant’s rules or by an operator.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    communityId: z.uuid().describe('The community'),
    from: memberLifecycleStageSchema,
    to: memberLifecycleStageSchema,
    cause: z.enum(['promotion', 'demotion', 'override']).describe('Rules promoted or demoted, or an operator set it'),
    ruleSetVersion: z.int().min(1).optional().describe('Version of the tenant’s lifecycle rules applied'),
    reason: z.string().min(1).max(500).optional().describe('The operator’s reason, on overrides'),
    overrideUntil: instantSchema.optional().describe('When automatic evaluation resumes after an override'),
    changedBy: actorSchema,
    changedAt: instantSchema,
  }),
});
