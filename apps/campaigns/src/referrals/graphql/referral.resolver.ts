import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { rewardFromInput, rewardToShape } from '../../rewards/graphql/reward.mapping';
import { ReferralQueries } from '../referral.queries';
import { AcceptReferralUseCase } from '../use-cases/accept-referral.use-case';
import { ConfigureReferralProgrammeUseCase } from '../use-cases/configure-referral-programme.use-case';
import { IssueReferralCodeUseCase } from '../use-cases/issue-referral-code.use-case';
import { ReviewReferrerFlagUseCase } from '../use-cases/review-referrer-flag.use-case';
import { AcceptReferralInput, ConfigureReferralProgrammeInput, IssueReferralCodeInput, Referral, ReferralConnection, ReferralPayload, ReferralProgramme, ReferralProgrammePayload, Referrer, ReferrerFlagConnection, ReferrerFlagFilterInput, ReferrerPayload, ReviewReferrerFlagInput } from './referral.types';

@Resolver(() => Referral)
export class ReferralResolver {
  constructor(
    private readonly queries: ReferralQueries,
    private readonly configureUseCase: ConfigureReferralProgrammeUseCase,
    private readonly issueUseCase: IssueReferralCodeUseCase,
    private readonly acceptUseCase: AcceptReferralUseCase,
    private readonly reviewUseCase: ReviewReferrerFlagUseCase,
  ) {}

  @Query(() => ReferralProgramme, { nullable: true })
  @RequirePermissions('campaigns:read-definitions')
  referralProgramme(@CurrentIdentity() identity: Identity, @Args('campaignId', { type: () => ID }) campaignId: string) {
    return this.programme(identity, campaignId);
  }

  @Query(() => Referrer, { nullable: true, description: 'A member\'s referral code in a campaign and their invite counts' })
  @RequirePermissions('campaigns:read')
  referrer(@CurrentIdentity() identity: Identity, @Args('campaignId', { type: () => ID }) campaignId: string, @Args('memberId', { type: () => ID }) memberId: string) {
    return this.queries.referrer(identity.tenant, campaignId, memberId);
  }

  @Query(() => ReferralConnection, { description: 'The invite tree of a campaign as edges, newest first; with referrerId, that member\'s invitees' })
  @RequirePermissions('campaigns:read')
  referrals(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('referrerId', { type: () => ID, nullable: true }) referrerId?: string | null,
  ) {
    return this.queries.referrals(identity.tenant, campaignId, referrerId ?? null, page);
  }

  @Query(() => ReferrerFlagConnection, { description: 'Referrers flagged for review (suspicious invite bursts), newest first' })
  @RequirePermissions('campaigns:read')
  referrerFlags(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('filter', { type: () => ReferrerFlagFilterInput, nullable: true }) filter?: ReferrerFlagFilterInput | null) {
    return this.queries.flags(identity.tenant, filter ?? {}, page);
  }

  @Mutation(() => ReferralProgrammePayload, { description: 'Sets a campaign\'s referral rewards, cap and burst rule' })
  @RequirePermissions('campaigns:manage')
  async configureReferralProgramme(@CurrentIdentity() identity: Identity, @Args('input') input: ConfigureReferralProgrammeInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ReferralProgrammePayload> {
    const rules = {
      thresholds: input.thresholds.map(({ invites, reward }) => ({ invites, reward: rewardFromInput(reward) })),
      perReferrerCap: input.perReferrerCap,
      burst: { invites: input.burst.invites, windowMinutes: input.burst.windowMinutes },
    };
    await this.configureUseCase.execute(identity, input.campaignId, rules, idempotencyKey);
    const referralProgramme = await requireWritten(this.programme(identity, input.campaignId), 'referral programme');
    return { referralProgramme };
  }

  @Mutation(() => ReferrerPayload, { description: 'The member\'s referral code for the campaign, issued on first ask' })
  @RequirePermissions('campaigns:manage')
  async issueReferralCode(@CurrentIdentity() identity: Identity, @Args('input') input: IssueReferralCodeInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ReferrerPayload> {
    await this.issueUseCase.execute(identity, input, idempotencyKey);
    const referrer = await requireWritten(this.queries.referrer(identity.tenant, input.campaignId, input.memberId.trim()), 'referral code');
    return { referrer };
  }

  @Mutation(() => ReferralPayload, { description: 'Records that a member joined through a referral code; self-referrals and cycles are refused' })
  @RequirePermissions('campaigns:manage')
  async acceptReferral(@CurrentIdentity() identity: Identity, @Args('input') input: AcceptReferralInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ReferralPayload> {
    const { campaignId, inviteeId } = await this.acceptUseCase.execute(identity, input, idempotencyKey);
    const referral = await requireWritten(this.queries.referral(identity.tenant, campaignId, inviteeId), 'referral');
    return { referral };
  }

  @Mutation(() => ReferrerPayload, { description: 'An operator\'s verdict on a flagged referrer' })
  @RequirePermissions('campaigns:manage')
  async reviewReferrerFlag(@CurrentIdentity() identity: Identity, @Args('input') input: ReviewReferrerFlagInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ReferrerPayload> {
    await this.reviewUseCase.execute(identity, input, idempotencyKey);
    const referrer = await requireWritten(this.queries.referrer(identity.tenant, input.campaignId, input.referrerId.trim()), 'referrer review');
    return { referrer };
  }

  private async programme(identity: Identity, campaignId: string): Promise<ReferralProgramme | null> {
    const programme = await this.queries.programme(identity.tenant, campaignId);
    if (!programme) return null;
    return { ...programme, thresholds: programme.thresholds.map(({ invites, reward }) => ({ invites, reward: rewardToShape(reward) })) };
  }
}
