import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { consentPurposeSchema, consentSourceSchema } from './consent';
import { instantSchema } from './instant';

export const MemberConsentGrantedV1 = defineEvent({
  service: 'members',
  name: 'MemberConsentGranted',
  version: 1,
  description: 'A member gave consent for one purpose, under a given version of the privacy policy.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    purpose: consentPurposeSchema,
    decidedAt: instantSchema.describe('When the member decided'),
    source: consentSourceSchema,
    policyVersion: z.string().min(1).max(50).describe('Version of the privacy policy shown'),
    recordedBy: actorSchema,
  }),
});
