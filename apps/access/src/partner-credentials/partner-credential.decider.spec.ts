import { deciderSpec } from '@groundswell/event-store/testing';
import { partnerAccessScope } from './partner-access-scope';
import { partnerCredentialDecider, type IssuePartnerCredential } from './partner-credential.decider';
import { PartnerCredentialError } from './partner-credential.error';
import { partnerCredentialEventTypes, type PartnerCredentialEvent } from './partner-credential.events';

const plainNames = (name: string) => name;
const scope = partnerAccessScope({ tenantId: 'acme', partner: 'jd-shop', credentialId: 'c1', physical: plainNames });

const issue: IssuePartnerCredential = { type: 'IssuePartnerCredential', credentialId: 'c1', partner: 'jd-shop', scope, by: 'u-owner' };
const issued: PartnerCredentialEvent = {
  type: partnerCredentialEventTypes.issued,
  data: {
    credentialId: 'c1',
    partner: 'jd-shop',
    username: 'acme.jd-shop.c1',
    mechanism: 'SCRAM-SHA-512',
    topicPrefix: 'gs.partner.acme.',
    groupPrefix: 'acme.jd-shop.',
    issuedBy: 'u-owner',
  },
};
const revoked: PartnerCredentialEvent = { type: partnerCredentialEventTypes.revoked, data: { credentialId: 'c1', revokedBy: 'u-owner' } };

describe('partnerCredentialDecider', () => {
  const spec = deciderSpec(partnerCredentialDecider);

  it('should issue a credential limited to its tenant\'s partner topics and its partner\'s groups', () => {
    spec.given([]).when(issue).then([issued]);
  });

  it('should refuse to issue the same credential twice', () => {
    spec.given([issued]).when(issue).thenThrows(PartnerCredentialError, 'CREDENTIAL_EXISTS');
  });

  it('should revoke an active credential once, and record nothing for a repeated revocation', () => {
    const revoke = { type: 'RevokePartnerCredential', credentialId: 'c1', by: 'u-owner' } as const;
    spec.given([issued]).when(revoke).then([revoked]);
    spec.given([issued, revoked]).when(revoke).then([]);
  });

  it('should refuse to revoke a credential that was never issued', () => {
    spec.given([]).when({ type: 'RevokePartnerCredential', credentialId: 'c9', by: 'u-owner' }).thenThrows(PartnerCredentialError, 'CREDENTIAL_NOT_FOUND');
  });
});

describe('partnerAccessScope', () => {
  it('should put the deployment namespace in front of the topic and group prefixes, not the user name', () => {
    const namespaced = partnerAccessScope({ tenantId: 'acme', partner: 'jd-shop', credentialId: 'c1', physical: (name) => `staging.${name}` });
    expect(namespaced).toEqual({ username: 'acme.jd-shop.c1', topicPrefix: 'staging.gs.partner.acme.', groupPrefix: 'staging.acme.jd-shop.' });
  });

  it('should refuse a partner name that is not a slug and a tenant id that cannot name a topic', () => {
    for (const partner of ['J', 'JD Shop', 'jd.shop', '-jd', 'x'.repeat(41)]) {
      expect(() => partnerAccessScope({ tenantId: 'acme', partner, credentialId: 'c1', physical: plainNames })).toThrow(
        expect.objectContaining({ code: 'PARTNER_INVALID' }),
      );
    }
    expect(() => partnerAccessScope({ tenantId: 'Acme Corp', partner: 'jd-shop', credentialId: 'c1', physical: plainNames })).toThrow(
      expect.objectContaining({ code: 'TENANT_NOT_ADDRESSABLE' }),
    );
  });
});
