import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '@groundswell/service-kit';
import { PointsAccount } from './points.types';
import { CatalogueItemKindEnum } from './points.enums';

@ObjectType({ description: 'Something members can redeem points for.' })
export class CatalogueItem {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Only members of this community may redeem it; null = every member' })
  communityId!: string | null;

  @Field()
  name!: string;

  @Field(() => CatalogueItemKindEnum)
  kind!: string;

  @Field(() => Int, { description: 'Points per unit' })
  cost!: number;

  @Field(() => Int, { description: 'Units left' })
  stock!: number;

  @Field()
  withdrawn!: boolean;

  @Field()
  addedAt!: Date;
}

export const CatalogueItemConnection = connectionOf(CatalogueItem, 'CatalogueItem');

@InputType()
export class CatalogueItemsFilter {
  @Field(() => ID, { nullable: true, description: 'Items this community\'s members may redeem' })
  communityId?: string;

  @Field({ defaultValue: false })
  includeWithdrawn!: boolean;
}

@InputType()
export class AddCatalogueItemInput {
  @Field(() => ID, { nullable: true, description: 'Restrict the item to one community\'s members' })
  communityId?: string;

  @Field()
  name!: string;

  @Field(() => CatalogueItemKindEnum)
  kind!: string;

  @Field(() => Int, { description: 'Points per unit' })
  cost!: number;

  @Field(() => Int)
  stock!: number;
}

@InputType()
export class RedeemCatalogueItemInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => ID)
  itemId!: string;

  @Field(() => Int, { defaultValue: 1 })
  quantity!: number;

  @Field(() => Int, { description: 'Points per unit the member was shown; if the item was repriced since, the redemption fails with code CONFLICT, reason PRICE_CHANGED' })
  expectedCost!: number;

  @Field(() => ID, { nullable: true, description: 'Your id for the redemption; resending it never charges twice' })
  redemptionId?: string;
}

@ObjectType()
export class RedemptionPayload {
  @Field(() => ID)
  redemptionId!: string;

  @Field(() => PointsAccount)
  pointsAccount!: PointsAccount;

  @Field(() => CatalogueItem)
  item!: CatalogueItem;
}
