import { Args, Int, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { canAccessCommunity, CurrentIdentity, hasPermission, RequestError, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { slotLabel } from '../best-posting-slots';
import { PostingSlotQueries } from '../posting-slots.queries';
import { Community, PostingSlot } from './community-posting-slots.types';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Adds `Community.bestPostingSlots` from the community's active hours. */
@Resolver(() => Community)
export class CommunityPostingSlotsResolver {
  constructor(private readonly queries: PostingSlotQueries) {}

  @ResolveReference()
  resolveReference(reference: { id: string }): Community {
    return { id: reference.id };
  }

  @ResolveField(() => [PostingSlot], { description: 'The busiest stretches of the day to post in, busiest first, from the last `days` of interactions' })
  @RequirePermissions('analytics:read')
  async bestPostingSlots(
    @CurrentIdentity() identity: Identity,
    @Parent() community: Community,
    @Args('timeZone', { defaultValue: 'Asia/Shanghai' }) timeZone: string,
    @Args('days', { type: () => Int, defaultValue: 28 }) days: number,
    @Args('first', { type: () => Int, defaultValue: 3 }) first: number,
    @Args('until', { nullable: true, description: 'End of the period read; default now' }) until?: Date,
  ): Promise<PostingSlot[]> {
    // Field guards do not run on an entity reached through _entities: the check is here too.
    if (!hasPermission(identity, 'analytics:read')) throw new RequestError('FORBIDDEN', 'Needs analytics:read');
    if (!canAccessCommunity(identity, community.id)) throw new RequestError('FORBIDDEN', 'Outside your community scope');
    // Not a members' id: no community of the tenant has activity under it.
    if (!uuidPattern.test(community.id)) return [];
    const slots = await this.queries.bestPostingSlots({ tenantId: identity.tenant, communityId: community.id, timeZone, days, until: until ?? new Date(), limit: first });
    return slots.map((slot) => ({ ...slot, label: slotLabel(slot), timeZone, community }));
  }
}
