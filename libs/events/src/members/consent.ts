import { z } from 'zod';
import { actorSchema } from './actor';
import { instantSchema } from './instant';

export const consentPurposeSchema = z
  .enum(['marketing_messages', 'analytics', 'partner_sharing'])
  .describe('What the member allows their personal information to be used for');

export const consentSourceSchema = z
  .enum(['member_self_service', 'operator_on_behalf', 'platform_authorization', 'import'])
  .describe('Where the decision was captured');

/** What a member decided about one purpose: given or withdrawn, the record is the same. */
export const consentDecisionSchema = z.object({
  memberId: z.uuid().describe('The member'),
  purpose: consentPurposeSchema,
  decidedAt: instantSchema.describe('When the member decided'),
  source: consentSourceSchema,
  policyVersion: z.string().min(1).max(50).describe('Version of the privacy policy shown'),
  recordedBy: actorSchema,
});

export type ConsentPurpose = z.infer<typeof consentPurposeSchema>;
export type ConsentSource = z.infer<typeof consentSourceSchema>;
