import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { BackfillPartnerFeedUseCase } from '../backfill-partner-feed.use-case';
import { PartnerBackfillPayload } from './partner-backfill.types';

@Resolver()
export class PartnerBackfillResolver {
  constructor(private readonly backfill: BackfillPartnerFeedUseCase) {}

  @Mutation(() => PartnerBackfillPayload, {
    description:
      'Rebuilds the tenant\'s gs.partner.members.v1 history from the event store into a replay topic for one partner, beyond what the topics retain: same contracts, ids and consent rule as the live feed; members erased since appear only as erased. Running it again writes the same records (same ids) again.',
  })
  @RequirePermissions('tenant:administer')
  backfillPartnerFeed(
    @CurrentIdentity() identity: Identity,
    @Args('partner', { description: 'The partner, as a slug, e.g. "jd-shop"' }) partner: string,
    @Args('from', { nullable: true, description: 'Only records of events at or after this instant (the state before it still counts)' }) from?: Date,
    // A repeated backfill republishes the same ids, which partners deduplicate; the key is accepted for uniformity.
    @IdempotencyKeyArg() _idempotencyKey?: string,
  ): Promise<PartnerBackfillPayload> {
    return this.backfill.execute(identity, partner, from ?? undefined);
  }
}
