import { z } from 'zod';
import { roles } from './roles';

/** Who is calling: the verified claims every resolver works with. */
export const identitySchema = z.object({
  sub: z.string().min(1),
  tenant: z.string().min(1),
  roles: z.array(z.enum(roles)),
  /** Absent: every community of the tenant. Present: only these. */
  communities: z.array(z.string().min(1)).optional(),
});

export type Identity = z.output<typeof identitySchema>;

export function canAccessCommunity(identity: Identity, communityId: string): boolean {
  return identity.communities === undefined || identity.communities.includes(communityId);
}
