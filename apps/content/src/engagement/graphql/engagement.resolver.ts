import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, PageArgs, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { EngagementQueries } from '../engagement.queries';
import { RecordEngagementUseCase } from '../record-engagement.use-case';
import { EngagementTotal, EngagementTotalConnection, RecordEngagementInput, RecordEngagementPayload } from './engagement.types';

@Resolver(() => EngagementTotal)
export class EngagementResolver {
  constructor(
    private readonly queries: EngagementQueries,
    private readonly recordEngagementUseCase: RecordEngagementUseCase,
  ) {}

  @Mutation(() => RecordEngagementPayload, { description: 'Records up to 10,000 engagement signals of a community; repeats by client event id are ignored; answers once durable' })
  @RequirePermissions('engagement:record')
  recordEngagement(@CurrentIdentity() identity: Identity, @Args('input') input: RecordEngagementInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<RecordEngagementPayload> {
    return this.recordEngagementUseCase.execute(identity, input.communityId, input.signals, idempotencyKey);
  }

  @Query(() => EngagementTotalConnection, { description: 'An item\'s engagement per variant, platform and kind' })
  @RequirePermissions('content:read')
  engagementTotals(@CurrentIdentity() identity: Identity, @Args('itemId', { type: () => ID }) itemId: string, @Args() page: PageArgs) {
    return this.queries.totals(identity.tenant, itemId, page);
  }
}
