import { defineEvent } from '../contracts/define-event';
import { consentDecisionSchema } from './consent';

export const MemberConsentGrantedV1 = defineEvent({
  service: 'members',
  name: 'MemberConsentGranted',
  version: 1,
  description: 'A member gave consent for one purpose, under a given version of the privacy policy.',
  schema: consentDecisionSchema,
});
