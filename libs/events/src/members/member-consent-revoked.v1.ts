import { defineEvent } from '../contracts/define-event';
import { consentDecisionSchema } from './consent';

export const MemberConsentRevokedV1 = defineEvent({
  service: 'members',
  name: 'MemberConsentRevoked',
  version: 1,
  description: 'A member withdrew consent for one purpose, under a given version of the privacy policy.',
  schema: consentDecisionSchema,
});
