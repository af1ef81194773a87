import { Args, Directive, Field, ID, ObjectType, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentIdentity, PageArgs, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { CouponQueries } from '../../coupons/coupon.queries';
import { CouponConnection } from '../../coupons/graphql/coupon.types';
import { ParticipationQueries } from '../participation.queries';
import { CampaignParticipationConnection } from './participation.types';

/** The members service's `Member`, referenced by id (never copied) so campaigns can add fields to it. */
@ObjectType('Member')
@Directive('@key(fields: "id")')
export class MemberReference {
  @Field(() => ID)
  id!: string;
}

/** `Member.campaignParticipations` and `Member.campaignCoupons`, resolved in campaigns through federation. */
@Resolver(() => MemberReference)
export class MemberParticipationsResolver {
  constructor(
    private readonly participations: ParticipationQueries,
    private readonly coupons: CouponQueries,
  ) {}

  @ResolveReference()
  resolveReference(reference: { id: string }): MemberReference {
    return { id: reference.id };
  }

  @ResolveField(() => CampaignParticipationConnection, { description: 'The campaigns the member joined, newest first' })
  @RequirePermissions('campaigns:read')
  campaignParticipations(@CurrentIdentity() identity: Identity, @Parent() member: MemberReference, @Args() page: PageArgs) {
    return this.participations.participations(identity.tenant, { memberId: member.id }, page);
  }

  @ResolveField(() => CouponConnection, { description: 'Coupons issued to the member, newest first' })
  @RequirePermissions('campaigns:read')
  campaignCoupons(@CurrentIdentity() identity: Identity, @Parent() member: MemberReference, @Args() page: PageArgs) {
    return this.coupons.coupons(identity.tenant, { memberId: member.id }, page);
  }
}
