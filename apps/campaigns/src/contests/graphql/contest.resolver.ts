import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { ContestQueries } from '../contest.queries';
import { CreateContestUseCase } from '../use-cases/create-contest.use-case';
import { JudgeContestEntryUseCase } from '../use-cases/judge-contest-entry.use-case';
import { PublishContestResultsUseCase } from '../use-cases/publish-contest-results.use-case';
import { SubmitContestEntryUseCase } from '../use-cases/submit-contest-entry.use-case';
import { Contest, ContestConnection, ContestEntryConnection, ContestEntryPayload, ContestPayload, CreateContestInput, JudgeContestEntryInput, SubmitContestEntryInput } from './contest.types';

@Resolver(() => Contest)
export class ContestResolver {
  constructor(
    private readonly queries: ContestQueries,
    private readonly createContestUseCase: CreateContestUseCase,
    private readonly submitContestEntryUseCase: SubmitContestEntryUseCase,
    private readonly judgeContestEntryUseCase: JudgeContestEntryUseCase,
    private readonly publishContestResultsUseCase: PublishContestResultsUseCase,
  ) {}

  @Query(() => ContestConnection, { description: 'Contests, newest first, of one campaign or all' })
  @RequirePermissions('campaigns:read')
  contests(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('campaignId', { type: () => ID, nullable: true }) campaignId?: string | null) {
    return this.queries.contests(identity.tenant, campaignId ?? null, page);
  }

  @Query(() => Contest, { nullable: true })
  @RequirePermissions('campaigns:read')
  contest(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.queries.contest(identity.tenant, id);
  }

  @Query(() => ContestEntryConnection, { description: 'A contest\'s entries with their judges\' scores, newest first' })
  @RequirePermissions('campaigns:read')
  contestEntries(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('contestId', { type: () => ID }) contestId: string) {
    return this.queries.entries(identity.tenant, contestId, page);
  }

  @Mutation(() => ContestPayload)
  @RequirePermissions('campaigns:manage')
  async createContest(@CurrentIdentity() identity: Identity, @Args('input') input: CreateContestInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContestPayload> {
    const contestId = await this.createContestUseCase.execute(identity, { campaignId: input.campaignId, title: input.title, judgeIds: input.judgeIds, maxScore: input.maxScore }, idempotencyKey);
    return this.readBack(identity, contestId);
  }

  @Mutation(() => ContestEntryPayload, { description: 'Enters a member\'s work, once per member, while the campaign runs' })
  @RequirePermissions('campaigns:manage')
  async submitContestEntry(@CurrentIdentity() identity: Identity, @Args('input') input: SubmitContestEntryInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContestEntryPayload> {
    const entryId = await this.submitContestEntryUseCase.execute(identity, input, idempotencyKey);
    return this.readBackEntry(identity, input.contestId, entryId);
  }

  @Mutation(() => ContestEntryPayload, { description: 'Records a judge\'s score of an entry; a judge may not judge their own entry' })
  @RequirePermissions('campaigns:manage')
  async judgeContestEntry(@CurrentIdentity() identity: Identity, @Args('input') input: JudgeContestEntryInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContestEntryPayload> {
    await this.judgeContestEntryUseCase.execute(identity, input, idempotencyKey);
    return this.readBackEntry(identity, input.contestId, input.entryId);
  }

  @Mutation(() => ContestPayload, { description: 'Ranks the entries by mean score and closes the contest' })
  @RequirePermissions('campaigns:manage')
  async publishContestResults(@CurrentIdentity() identity: Identity, @Args('contestId', { type: () => ID }) contestId: string, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContestPayload> {
    await this.publishContestResultsUseCase.execute(identity, contestId, idempotencyKey);
    return this.readBack(identity, contestId);
  }

  private async readBack(identity: Identity, contestId: string): Promise<ContestPayload> {
    const contest = await requireWritten(this.queries.contest(identity.tenant, contestId), 'contest');
    return { contest };
  }

  private async readBackEntry(identity: Identity, contestId: string, entryId: string): Promise<ContestEntryPayload> {
    const entry = await requireWritten(this.queries.entry(identity.tenant, contestId, entryId), 'entry');
    return { entry };
  }
}
