import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { ReviewQueueQueries } from '../review-queue.queries';
import { ClaimCaseUseCase } from '../use-cases/claim-case.use-case';
import { DecideCaseUseCase } from '../use-cases/decide-case.use-case';
import { ReleaseCaseUseCase } from '../use-cases/release-case.use-case';
import { DecideReviewCaseInput, ReviewCase, ReviewCaseConnection, ReviewCasePayload, ReviewQueueFilterInput } from './review-case.types';

@Resolver(() => ReviewCase)
@RequirePermissions('moderation:review')
export class ReviewCaseResolver {
  constructor(
    private readonly queries: ReviewQueueQueries,
    private readonly claimCaseUseCase: ClaimCaseUseCase,
    private readonly releaseCaseUseCase: ReleaseCaseUseCase,
    private readonly decideCaseUseCase: DecideCaseUseCase,
  ) {}

  @Query(() => ReviewCaseConnection, { description: 'The review queue: most urgent first, then oldest first' })
  reviewQueue(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: ReviewQueueFilterInput) {
    return this.queries.reviewQueue(identity.tenant, filter, page.first, page.after);
  }

  @Query(() => ReviewCase, { nullable: true })
  reviewCase(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.queries.reviewCase(identity.tenant, id);
  }

  @Mutation(() => ReviewCasePayload, { description: 'Take a case to review it; nobody else can while you hold it' })
  async claimReviewCase(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.claimCaseUseCase.execute(identity, id, idempotencyKey);
    return this.readBack(identity, id);
  }

  @Mutation(() => ReviewCasePayload, { description: 'Put a case you hold back in the queue' })
  async releaseReviewCase(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.releaseCaseUseCase.execute(identity, id, idempotencyKey);
    return this.readBack(identity, id);
  }

  @Mutation(() => ReviewCasePayload, { description: 'Approve, reject or escalate a case you hold' })
  async decideReviewCase(@CurrentIdentity() identity: Identity, @Args('input') input: DecideReviewCaseInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.decideCaseUseCase.execute(identity, { caseId: input.id, decision: input.decision, reason: input.reason }, idempotencyKey);
    return this.readBack(identity, input.id);
  }

  private async readBack(identity: Identity, caseId: string): Promise<ReviewCasePayload> {
    const reviewCase = await requireWritten(this.queries.reviewCase(identity.tenant, caseId), 'review case');
    return { reviewCase };
  }
}
