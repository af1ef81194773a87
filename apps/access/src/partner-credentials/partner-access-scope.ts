import { PartnerCredentialError } from './partner-credential.error';

/** What one credential may reach on the broker, in the broker's (namespaced) names. */
export interface PartnerAccessScope {
  username: string;
  topicPrefix: string;
  groupPrefix: string;
}

export const partnerSlugPattern = /^[a-z0-9][a-z0-9-]{1,39}$/;
const tenantSegmentPattern = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * A tenant's partner topics are `gs.partner.<tenant>.<contract>.v<N>` (ADR 0016), so one prefixed
 * ACL gives a partner every contract of its own tenant and nothing of another's. Consumer groups
 * are `<tenant>.<partner>.<anything>`, shared by all of one partner's credentials so that rotating
 * a credential keeps the group's offsets.
 */
export function partnerAccessScope(input: { tenantId: string; partner: string; credentialId: string; physical: (name: string) => string }): PartnerAccessScope {
  if (!partnerSlugPattern.test(input.partner)) {
    throw new PartnerCredentialError('PARTNER_INVALID', 'The partner must be 2–40 lowercase letters, digits or dashes, e.g. "jd-shop"', { partner: input.partner });
  }
  if (!tenantSegmentPattern.test(input.tenantId)) {
    throw new PartnerCredentialError('TENANT_NOT_ADDRESSABLE', 'This tenant id cannot name Kafka topics; partner credentials need a lowercase tenant id', {
      tenantId: input.tenantId,
    });
  }
  return {
    username: `${input.tenantId}.${input.partner}.${input.credentialId}`,
    // The prefix of every tenantPartnerTopic(tenant, …) (libs/events).
    topicPrefix: input.physical(`gs.partner.${input.tenantId}.`),
    groupPrefix: input.physical(`${input.tenantId}.${input.partner}.`),
  };
}
