import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, mapConnection, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { RewardQueries } from '../reward.queries';
import { FulfilGiftUseCase, type GiftStep } from '../use-cases/fulfil-gift.use-case';
import { GrantRewardUseCase } from '../use-cases/grant-reward.use-case';
import { rewardFromInput, toRewardGrant } from './reward.mapping';
import { CancelGiftInput, GrantRewardInput, RewardGrant, RewardGrantConnection, RewardGrantFilterInput, RewardGrantPayload, ShipGiftInput } from './reward.types';

@Resolver(() => RewardGrant)
export class RewardResolver {
  constructor(
    private readonly queries: RewardQueries,
    private readonly grantRewardUseCase: GrantRewardUseCase,
    private readonly fulfilGiftUseCase: FulfilGiftUseCase,
  ) {}

  @Query(() => RewardGrantConnection, { description: 'Reward grants, newest first, by campaign, member or gift fulfilment' })
  @RequirePermissions('campaigns:read')
  async rewardGrants(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('filter', { type: () => RewardGrantFilterInput, nullable: true }) filter?: RewardGrantFilterInput | null) {
    return mapConnection(await this.queries.grants(identity.tenant, filter ?? {}, page), toRewardGrant);
  }

  @Query(() => RewardGrant, { nullable: true })
  @RequirePermissions('campaigns:read')
  async rewardGrant(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    const grant = await this.queries.grant(identity.tenant, id);
    return grant ? toRewardGrant(grant) : null;
  }

  @Mutation(() => RewardGrantPayload, { description: 'Grants a member a reward of a campaign by hand' })
  @RequirePermissions('campaigns:manage')
  async grantReward(@CurrentIdentity() identity: Identity, @Args('input') input: GrantRewardInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<RewardGrantPayload> {
    const grantId = await this.grantRewardUseCase.execute(identity, { ...input, reward: rewardFromInput(input.reward) }, idempotencyKey);
    return this.readBack(identity, grantId);
  }

  @Mutation(() => RewardGrantPayload, { description: 'A pending gift left the warehouse' })
  @RequirePermissions('campaigns:manage')
  shipGift(@CurrentIdentity() identity: Identity, @Args('input') input: ShipGiftInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<RewardGrantPayload> {
    return this.fulfil(identity, input.grantId, { type: 'ShipGift', carrier: input.carrier, trackingNumber: input.trackingNumber }, idempotencyKey);
  }

  @Mutation(() => RewardGrantPayload, { description: 'A shipped gift reached the member' })
  @RequirePermissions('campaigns:manage')
  deliverGift(@CurrentIdentity() identity: Identity, @Args('grantId', { type: () => ID }) grantId: string, @IdempotencyKeyArg() idempotencyKey?: string): Promise<RewardGrantPayload> {
    return this.fulfil(identity, grantId, { type: 'DeliverGift' }, idempotencyKey);
  }

  @Mutation(() => RewardGrantPayload, { description: 'A gift not yet delivered will not be sent' })
  @RequirePermissions('campaigns:manage')
  cancelGift(@CurrentIdentity() identity: Identity, @Args('input') input: CancelGiftInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<RewardGrantPayload> {
    return this.fulfil(identity, input.grantId, { type: 'CancelGift', reason: input.reason }, idempotencyKey);
  }

  private async fulfil(identity: Identity, grantId: string, step: GiftStep, idempotencyKey?: string): Promise<RewardGrantPayload> {
    await this.fulfilGiftUseCase.execute(identity, grantId, step, idempotencyKey);
    return this.readBack(identity, grantId);
  }

  private async readBack(identity: Identity, grantId: string): Promise<RewardGrantPayload> {
    const grant = await requireWritten(this.queries.grant(identity.tenant, grantId), 'reward grant');
    return { rewardGrant: toRewardGrant(grant) };
  }
}
