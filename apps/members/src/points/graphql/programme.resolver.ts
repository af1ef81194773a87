import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, RequirePermissions } from '@groundswell/service-kit';
import { BadgeUseCase } from '../../badges/badge.use-case';
import type { PointsExpiryPolicy } from '../expiry-policy';
import { ProgrammeQueries, type MemberBadgeRow, type PointsProgrammeRow } from '../programme/programme-queries';
import { PointsProgrammeUseCase } from '../programme/points-programme.use-case';
import { DefineBadgeInput, GrowthLevelInput, MemberBadge, PointsExpiryPolicyInput, PointsProgramme } from './programme.types';

/** Only the fields of the chosen kind reach the domain, which rejects missing ones with INVALID_EXPIRY_POLICY. */
function toPolicy(input: PointsExpiryPolicyInput): PointsExpiryPolicy {
  switch (input.kind) {
    case 'months_after_earning':
      return { kind: input.kind, months: input.months as number };
    case 'end_of_year':
      return { kind: input.kind, yearsAfter: input.yearsAfter as number, utcOffsetMinutes: input.utcOffsetMinutes ?? 480 };
    default:
      return { kind: 'never' };
  }
}

@Resolver(() => PointsProgramme)
export class ProgrammeResolver {
  constructor(
    private readonly queries: ProgrammeQueries,
    private readonly programmeUseCase: PointsProgrammeUseCase,
    private readonly badgeUseCase: BadgeUseCase,
  ) {}

  @Query(() => PointsProgramme, { description: 'The tenant\'s points expiry policy, growth levels and badges' })
  @RequirePermissions('members:read')
  pointsProgramme(@CurrentIdentity() identity: Identity): Promise<PointsProgrammeRow> {
    return this.queries.programme(identity.tenant);
  }

  @Mutation(() => PointsProgramme, { description: 'Sets when points earned from now on expire; earlier points keep their date' })
  @RequirePermissions('members:manage')
  async setPointsExpiryPolicy(
    @CurrentIdentity() identity: Identity,
    @Args('policy') policy: PointsExpiryPolicyInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<PointsProgrammeRow> {
    await this.programmeUseCase.setExpiryPolicy(identity, toPolicy(policy), idempotencyKey);
    return this.queries.programme(identity.tenant);
  }

  @Mutation(() => PointsProgramme, { description: 'Defines the next version of the growth level thresholds; members move on their next growth' })
  @RequirePermissions('members:manage')
  async defineGrowthLevels(
    @CurrentIdentity() identity: Identity,
    @Args('levels', { type: () => [GrowthLevelInput] }) levels: GrowthLevelInput[],
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<PointsProgrammeRow> {
    await this.programmeUseCase.defineGrowthLevels(identity, levels, idempotencyKey);
    return this.queries.programme(identity.tenant);
  }

  @Mutation(() => PointsProgramme, { description: 'Defines or renames a badge' })
  @RequirePermissions('members:manage')
  async defineBadge(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: DefineBadgeInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<PointsProgrammeRow> {
    await this.programmeUseCase.defineBadge(identity, input, idempotencyKey);
    return this.queries.programme(identity.tenant);
  }

  @Mutation(() => [MemberBadge], { description: 'Awards a defined badge; awarding it again is a no-op. Returns the member\'s badges' })
  @RequirePermissions('members:manage')
  async awardBadge(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('badgeId', { type: () => ID }) badgeId: string,
    @Args('reason', { nullable: true }) reason?: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<MemberBadgeRow[]> {
    await this.badgeUseCase.award(identity, { memberId, badgeId, reason }, idempotencyKey);
    return this.queries.memberBadges(identity.tenant, memberId);
  }

  @Mutation(() => [MemberBadge], { description: 'Takes a badge back, with a reason. Returns the member\'s badges' })
  @RequirePermissions('members:manage')
  async revokeBadge(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('badgeId', { type: () => ID }) badgeId: string,
    @Args('reason') reason: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<MemberBadgeRow[]> {
    await this.badgeUseCase.revoke(identity, { memberId, badgeId, reason }, idempotencyKey);
    return this.queries.memberBadges(identity.tenant, memberId);
  }
}
