import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { CampaignMemberInput } from '../../campaigns/graphql/campaign-member.types';
import { CampaignEligibility } from '../../eligibility/campaign-eligibility';
import { ParticipationQueries } from '../participation.queries';
import { CastVoteUseCase } from '../use-cases/cast-vote.use-case';
import { CheckInUseCase } from '../use-cases/check-in.use-case';
import { JoinCampaignUseCase } from '../use-cases/join-campaign.use-case';
import { MemberReference } from './member-participations.resolver';
import { CampaignEligibilityVerdict, CampaignParticipation, CampaignParticipationConnection, CampaignParticipationPayload, CastCampaignVoteInput, CheckInToCampaignInput, JoinCampaignInput } from './participation.types';

/** Joining, check-ins and votes, done by operators on a member's behalf (the roles map has no member role). */
@Resolver(() => CampaignParticipation)
export class ParticipationResolver {
  constructor(
    private readonly queries: ParticipationQueries,
    private readonly eligibility: CampaignEligibility,
    private readonly joinCampaignUseCase: JoinCampaignUseCase,
    private readonly checkInUseCase: CheckInUseCase,
    private readonly castVoteUseCase: CastVoteUseCase,
  ) {}

  @Query(() => CampaignParticipationConnection, { description: 'A campaign\'s participants, newest first' })
  @RequirePermissions('campaigns:read')
  campaignParticipations(@CurrentIdentity() identity: Identity, @Args('campaignId', { type: () => ID }) campaignId: string, @Args() page: PageArgs) {
    return this.queries.participations(identity.tenant, { campaignId }, page);
  }

  @Query(() => CampaignParticipation, { nullable: true })
  @RequirePermissions('campaigns:read')
  campaignParticipation(@CurrentIdentity() identity: Identity, @Args('campaignId', { type: () => ID }) campaignId: string, @Args('memberId', { type: () => ID }) memberId: string) {
    return this.queries.participation(identity.tenant, campaignId, memberId);
  }

  @Query(() => CampaignEligibilityVerdict, { nullable: true, description: 'Whether the member may join the campaign now, and if not, why; null for no such campaign' })
  @RequirePermissions('campaigns:read')
  async campaignEligibility(@CurrentIdentity() identity: Identity, @Args('campaignId', { type: () => ID }) campaignId: string, @Args('memberId', { type: () => ID }) memberId: string) {
    const targeting = await this.queries.targeting(identity.tenant, campaignId);
    return targeting && this.eligibility.check(identity.tenant, memberId, targeting);
  }

  @ResolveField(() => MemberReference, { description: 'The member, resolved by the members service' })
  member(@Parent() participation: CampaignParticipation): MemberReference {
    return { id: participation.memberId };
  }

  @Mutation(() => CampaignParticipationPayload, { description: 'Joins an eligible member to a running campaign; joining again changes nothing' })
  @RequirePermissions('campaigns:manage')
  async joinCampaign(@CurrentIdentity() identity: Identity, @Args('input') input: JoinCampaignInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<CampaignParticipationPayload> {
    await this.joinCampaignUseCase.execute(identity, input, idempotencyKey);
    return this.readBack(identity, input);
  }

  @Mutation(() => CampaignParticipationPayload, { description: 'Today\'s check-in of a check-in or challenge campaign, once a day; a missed day restarts the streak' })
  @RequirePermissions('campaigns:manage')
  async checkInToCampaign(@CurrentIdentity() identity: Identity, @Args('input') input: CheckInToCampaignInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<CampaignParticipationPayload> {
    await this.checkInUseCase.execute(identity, input, idempotencyKey);
    return this.readBack(identity, input);
  }

  @Mutation(() => CampaignParticipationPayload, { description: 'The member\'s one vote in a vote campaign' })
  @RequirePermissions('campaigns:manage')
  async castCampaignVote(@CurrentIdentity() identity: Identity, @Args('input') input: CastCampaignVoteInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<CampaignParticipationPayload> {
    await this.castVoteUseCase.execute(identity, input, idempotencyKey);
    return this.readBack(identity, input);
  }

  private async readBack(identity: Identity, input: CampaignMemberInput): Promise<CampaignParticipationPayload> {
    const participation = await requireWritten(this.queries.participation(identity.tenant, input.campaignId, input.memberId), 'participation');
    return { participation: participation as CampaignParticipation };
  }
}
