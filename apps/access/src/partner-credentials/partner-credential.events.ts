// Kept in the access service's own event store; the broker holds the salted SCRAM credential, never us.
export const partnerCredentialEventTypes = {
  issued: 'groundswell.access.PartnerCredentialIssued.v1',
  revoked: 'groundswell.access.PartnerCredentialRevoked.v1',
} as const;

export interface PartnerCredentialIssued {
  type: typeof partnerCredentialEventTypes.issued;
  data: {
    credentialId: string;
    /** The partner it was issued to, a slug such as `jd-shop`. */
    partner: string;
    /** The SCRAM user name: the Kafka principal is `User:<username>`. */
    username: string;
    mechanism: 'SCRAM-SHA-512';
    /** Every topic starting with this may be read, nothing else. */
    topicPrefix: string;
    /** Every consumer group starting with this may be used, nothing else. */
    groupPrefix: string;
    issuedBy: string;
  };
}

export interface PartnerCredentialRevoked {
  type: typeof partnerCredentialEventTypes.revoked;
  data: { credentialId: string; revokedBy: string };
}

export type PartnerCredentialEvent = PartnerCredentialIssued | PartnerCredentialRevoked;

export const partnerCredentialStream = (credentialId: string) => ({
  streamId: `partner-credential-${credentialId}`,
  streamType: 'partner-credential',
});
