import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { Member } from '../../graphql/member.types';
import { PointsQueries } from '../points-queries';
import { PointsAccount } from './points.types';

/** Adds `Member.points` from the points folder; Nest merges resolvers of one type. */
@Resolver(() => Member)
export class MemberPointsResolver {
  constructor(private readonly queries: PointsQueries) {}

  @ResolveField(() => PointsAccount)
  @RequirePermissions('members:read')
  async points(@CurrentIdentity() identity: Identity, @Parent() member: { id: string }) {
    const account = await this.queries.pointsAccount(identity.tenant, member.id);
    return account ?? { memberId: member.id, balance: 0, lifetimeEarned: 0, level: null, updatedAt: null };
  }
}
