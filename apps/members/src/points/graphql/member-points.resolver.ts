import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { Member } from '../../membership/graphql/member.types';
import { PointsQueries } from '../points-queries';
import { ProgrammeQueries } from '../programme/programme-queries';
import { MemberBadge } from './programme.types';
import { PointsAccount } from './points.types';

/** Adds `Member.points`, `Member.level` and `Member.badges` from the points folder; Nest merges resolvers of one type. */
@Resolver(() => Member)
export class MemberPointsResolver {
  constructor(
    private readonly queries: PointsQueries,
    private readonly programme: ProgrammeQueries,
  ) {}

  @ResolveField(() => PointsAccount)
  @RequirePermissions('members:read')
  async points(@CurrentIdentity() identity: Identity, @Parent() member: { id: string }) {
    const account = await this.queries.pointsAccount(identity.tenant, member.id);
    return account ?? { memberId: member.id, balance: 0, lifetimeEarned: 0, level: null, updatedAt: null };
  }

  @ResolveField(() => String, { nullable: true, description: 'Growth level under the tenant\'s level table; null before the first' })
  @RequirePermissions('members:read')
  async level(@CurrentIdentity() identity: Identity, @Parent() member: { id: string }) {
    return (await this.queries.pointsAccount(identity.tenant, member.id))?.level ?? null;
  }

  @ResolveField(() => [MemberBadge], { description: 'Badges held now, in award order' })
  @RequirePermissions('members:read')
  badges(@CurrentIdentity() identity: Identity, @Parent() member: { id: string }) {
    return this.programme.memberBadges(identity.tenant, member.id);
  }
}
