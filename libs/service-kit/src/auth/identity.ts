import { z } from 'zod';
import { permissions } from './permissions';
import { roles } from './roles';

/** Who is calling: the verified claims every resolver works with. */
export const identitySchema = z.object({
  sub: z.string().min(1),
  tenant: z.string().min(1),
  roles: z.array(z.enum(roles)),
  /** Absent: every community of the tenant. Present: only these. */
  communities: z.array(z.string().min(1)).optional(),
  /**
   * Absent: what the roles grant. Present: exactly these, whatever the roles (an API key's own
   * list). Only the gateway's API-key authenticator sets it; bearer tokens can't.
   */
  permissions: z.array(z.enum(permissions)).optional(),
});

export type Identity = z.output<typeof identitySchema>;

export function canAccessCommunity(identity: Identity, communityId: string): boolean {
  return identity.communities === undefined || identity.communities.includes(communityId);
}
