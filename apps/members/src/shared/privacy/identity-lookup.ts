import { createHmac } from 'node:crypto';
import type { NormalisedIdentity } from '../../membership/identity/normalise';

/**
 * The blind-index key of an identity: equal for equal normalised identities of one tenant, and
 * useless without the index key. Lets a join find its member while the value stays encrypted.
 */
export function identityLookupHash(indexKey: Buffer, tenantId: string, identity: NormalisedIdentity): Buffer {
  return createHmac('sha256', indexKey).update([tenantId, identity.kind, identity.scope ?? '', identity.value].join('\u0000')).digest();
}
