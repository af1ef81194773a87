import { categorisedError, type PublicErrorCode } from '@groundswell/service-kit';

export const partnerCredentialErrorCodes = {
  PARTNER_INVALID: 'BAD_USER_INPUT',
  TENANT_NOT_ADDRESSABLE: 'BAD_USER_INPUT',
  CREDENTIAL_EXISTS: 'CONFLICT',
  CREDENTIAL_NOT_FOUND: 'NOT_FOUND',
} as const satisfies Record<string, PublicErrorCode>;

export type PartnerCredentialErrorCode = keyof typeof partnerCredentialErrorCodes;

export class PartnerCredentialError extends categorisedError(partnerCredentialErrorCodes) {}
