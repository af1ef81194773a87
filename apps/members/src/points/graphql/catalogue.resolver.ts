import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { canAccessCommunity, CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequestError, RequirePermissions } from '@groundswell/service-kit';
import type { CatalogueItemKind } from '@groundswell/events';
import { PointsQueries, type CatalogueItemRow } from '../points-queries';
import { AddCatalogueItemUseCase } from '../use-cases/add-catalogue-item.use-case';
import { RedeemCatalogueItemUseCase } from '../use-cases/redeem-catalogue-item.use-case';
import { RestockCatalogueItemUseCase } from '../use-cases/restock-catalogue-item.use-case';
import { WithdrawCatalogueItemUseCase } from '../use-cases/withdraw-catalogue-item.use-case';
import { AddCatalogueItemInput, CatalogueItem, CatalogueItemConnection, CatalogueItemsFilter, RedeemCatalogueItemInput, RedemptionPayload } from './catalogue.types';

const requireScope = (identity: Identity, communityId: string | null | undefined) => {
  if (communityId && !canAccessCommunity(identity, communityId)) throw new RequestError('FORBIDDEN', 'Outside your community scope');
};

@Resolver(() => CatalogueItem)
export class CatalogueResolver {
  constructor(
    private readonly queries: PointsQueries,
    private readonly addCatalogueItemUseCase: AddCatalogueItemUseCase,
    private readonly restockCatalogueItemUseCase: RestockCatalogueItemUseCase,
    private readonly withdrawCatalogueItemUseCase: WithdrawCatalogueItemUseCase,
    private readonly redeemCatalogueItemUseCase: RedeemCatalogueItemUseCase,
  ) {}

  @Query(() => CatalogueItemConnection, { description: 'The redemption catalogue, oldest items first' })
  @RequirePermissions('members:read')
  catalogueItems(
    @CurrentIdentity() identity: Identity,
    @Args('filter', { type: () => CatalogueItemsFilter, nullable: true }) filter: CatalogueItemsFilter | undefined,
    @Args() page: PageArgs,
  ) {
    requireScope(identity, filter?.communityId);
    return this.queries.catalogueItems(identity.tenant, filter ?? {}, page.first, page.after);
  }

  @Mutation(() => CatalogueItem)
  @RequirePermissions('communities:manage')
  async addCatalogueItem(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: AddCatalogueItemInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<CatalogueItemRow> {
    requireScope(identity, input.communityId);
    const { itemId } = await this.addCatalogueItemUseCase.execute(identity, { ...input, kind: input.kind as CatalogueItemKind }, idempotencyKey);
    return this.readBack(identity, itemId);
  }

  @Mutation(() => CatalogueItem)
  @RequirePermissions('communities:manage')
  async restockCatalogueItem(
    @CurrentIdentity() identity: Identity,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('quantity', { type: () => Int }) quantity: number,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<CatalogueItemRow> {
    requireScope(identity, (await this.queries.catalogueItem(identity.tenant, itemId))?.communityId);
    await this.restockCatalogueItemUseCase.execute(identity, itemId, quantity, idempotencyKey);
    return this.readBack(identity, itemId);
  }

  @Mutation(() => CatalogueItem, { description: 'Takes the item out of the catalogue for good' })
  @RequirePermissions('communities:manage')
  async withdrawCatalogueItem(
    @CurrentIdentity() identity: Identity,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<CatalogueItemRow> {
    requireScope(identity, (await this.queries.catalogueItem(identity.tenant, itemId))?.communityId);
    await this.withdrawCatalogueItemUseCase.execute(identity, itemId, reason ?? undefined, idempotencyKey);
    return this.readBack(identity, itemId);
  }

  @Mutation(() => RedemptionPayload, { description: 'A member spends points on an item: points and stock move together or not at all' })
  @RequirePermissions('members:manage')
  async redeemCatalogueItem(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: RedeemCatalogueItemInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<RedemptionPayload> {
    const result = await this.redeemCatalogueItemUseCase.execute(identity, { ...input, redemptionId: input.redemptionId ?? undefined }, idempotencyKey);
    const pointsAccount = await this.queries.pointsAccount(identity.tenant, result.memberId);
    return { redemptionId: result.redemptionId, pointsAccount: pointsAccount!, item: await this.readBack(identity, result.itemId) };
  }

  private async readBack(identity: Identity, itemId: string): Promise<CatalogueItemRow> {
    const item = await this.queries.catalogueItem(identity.tenant, itemId);
    if (!item) throw new RequestError('NOT_FOUND', 'No such catalogue item', { itemId });
    return item;
  }
}
