import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, hasPermission, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { UgcQueries } from '../ugc.queries';
import { AcceptAnswerUseCase } from '../use-cases/accept-answer.use-case';
import { CurateContributionUseCase, type Curation } from '../use-cases/curate-contribution.use-case';
import { PostContributionUseCase } from '../use-cases/post-contribution.use-case';
import { SetUgcSettingsUseCase } from '../use-cases/set-ugc-settings.use-case';
import { VoteInPollUseCase } from '../use-cases/vote-in-poll.use-case';
import { AcceptAnswerInput, Contribution, ContributionConnection, ContributionFilterInput, ContributionPayload, PostContributionInput, SeedTopicInput, SetUgcSettingsInput, UgcSettings, UgcSettingsPayload, VoteInPollInput } from './ugc.types';

const curates = (identity: Identity) => hasPermission(identity, 'content:curate');

@Resolver(() => Contribution)
export class UgcResolver {
  constructor(
    private readonly queries: UgcQueries,
    private readonly postContributionUseCase: PostContributionUseCase,
    private readonly curateContribution: CurateContributionUseCase,
    private readonly acceptAnswerUseCase: AcceptAnswerUseCase,
    private readonly voteInPollUseCase: VoteInPollUseCase,
    private readonly setUgcSettingsUseCase: SetUgcSettingsUseCase,
  ) {}

  @Query(() => ContributionConnection, { description: 'Contributions newest first; what awaits screening or was taken down only for content:curate' })
  @RequirePermissions('engagement:interact')
  contributions(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('filter', { type: () => ContributionFilterInput, nullable: true }) filter?: ContributionFilterInput | null) {
    return this.queries.contributions(identity.tenant, { ...filter, includeHidden: Boolean(filter?.includeHidden) && curates(identity) }, page);
  }

  @Query(() => Contribution, { nullable: true })
  @RequirePermissions('engagement:interact')
  contribution(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.queries.contribution(identity.tenant, id, curates(identity));
  }

  @Query(() => UgcSettings)
  @RequirePermissions('engagement:interact')
  ugcSettings(@CurrentIdentity() identity: Identity, @Args('communityId', { type: () => ID }) communityId: string) {
    return this.queries.settings(identity.tenant, communityId);
  }

  @Mutation(() => ContributionPayload, { description: 'A member posts, comments, replies, asks, answers or starts a poll; under pre-moderation it shows once screened' })
  @RequirePermissions('engagement:interact')
  async postContribution(@CurrentIdentity() identity: Identity, @Args('input') input: PostContributionInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContributionPayload> {
    return this.readBack(identity, await this.postContributionUseCase.execute(identity, input, idempotencyKey));
  }

  @Mutation(() => ContributionPayload, { description: 'An operator seeds a topic thread (CNT-44)' })
  @RequirePermissions('content:curate')
  async seedTopic(@CurrentIdentity() identity: Identity, @Args('input') input: SeedTopicInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContributionPayload> {
    return this.readBack(identity, await this.postContributionUseCase.execute(identity, { ...input, kind: 'topic' }, idempotencyKey));
  }

  @Mutation(() => ContributionPayload)
  @RequirePermissions('content:curate')
  pinContribution(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string, @IdempotencyKeyArg() idempotencyKey?: string) {
    return this.curate(identity, id, { type: 'PinContribution' }, idempotencyKey);
  }

  @Mutation(() => ContributionPayload)
  @RequirePermissions('content:curate')
  unpinContribution(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string, @IdempotencyKeyArg() idempotencyKey?: string) {
    return this.curate(identity, id, { type: 'UnpinContribution' }, idempotencyKey);
  }

  @Mutation(() => ContributionPayload, { description: 'Showcases a contribution (CNT-46); its author earns the community\'s reward points once' })
  @RequirePermissions('content:curate')
  promoteContribution(
    @CurrentIdentity() identity: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, nullable: true, description: 'Why it is showcased, at most 500 characters' }) note?: string | null,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ) {
    return this.curate(identity, id, { type: 'PromoteContribution', note }, idempotencyKey);
  }

  @Mutation(() => ContributionPayload, { description: 'The asker (or an operator) accepts an answer; its author earns the community\'s reward points once. Answers the question.' })
  @RequirePermissions('engagement:interact')
  async acceptAnswer(@CurrentIdentity() identity: Identity, @Args('input') input: AcceptAnswerInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContributionPayload> {
    await this.acceptAnswerUseCase.execute(identity, input, curates(identity), idempotencyKey);
    return this.readBack(identity, input.answerId);
  }

  @Mutation(() => ContributionPayload, { description: 'A member votes in a poll, once' })
  @RequirePermissions('engagement:interact')
  async voteInPoll(@CurrentIdentity() identity: Identity, @Args('input') input: VoteInPollInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContributionPayload> {
    await this.voteInPollUseCase.execute(identity, input, idempotencyKey);
    return this.readBack(identity, input.pollId);
  }

  @Mutation(() => UgcSettingsPayload)
  @RequirePermissions('content:curate')
  async setUgcSettings(@CurrentIdentity() identity: Identity, @Args('input') input: SetUgcSettingsInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<UgcSettingsPayload> {
    await this.setUgcSettingsUseCase.execute(identity, input.communityId, { moderation: input.moderation, rewardPoints: input.rewardPoints }, idempotencyKey);
    return { ugcSettings: await this.queries.settings(identity.tenant, input.communityId) };
  }

  private async curate(identity: Identity, id: string, curation: Curation, idempotencyKey?: string): Promise<ContributionPayload> {
    await this.curateContribution.execute(identity, id, curation, idempotencyKey);
    return this.readBack(identity, id);
  }

  private async readBack(identity: Identity, contributionId: string): Promise<ContributionPayload> {
    // The author sees their own contribution while it awaits screening, so the payload reads hidden ones too.
    const contribution = await requireWritten(this.queries.contribution(identity.tenant, contributionId, true), 'contribution');
    return { contribution };
  }
}
