import { z } from 'zod';

export const consentPurposeSchema = z
  .enum(['marketing_messages', 'analytics', 'partner_sharing'])
  .describe('What the member allows their personal information to be used for');

export const consentSourceSchema = z
  .enum(['member_self_service', 'operator_on_behalf', 'platform_authorization', 'import'])
  .describe('Where the decision was captured');

export type ConsentPurpose = z.infer<typeof consentPurposeSchema>;
export type ConsentSource = z.infer<typeof consentSourceSchema>;
