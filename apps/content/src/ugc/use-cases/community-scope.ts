import { canAccessCommunity, RequestError, type Identity } from '@groundswell/service-kit';

/** A caller limited to some communities acts in those only. */
export function requireCommunityScope(identity: Identity, communityId: string): void {
  if (!canAccessCommunity(identity, communityId)) throw new RequestError('FORBIDDEN', 'Outside your community scope', { communityId });
}
