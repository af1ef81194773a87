import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class NearDuplicateItem {
  @Field(() => ID)
  contentItemId!: string;

  @Field(() => Float, { description: 'Estimated Jaccard similarity of the texts\' character 3-shingles, 0–1' })
  similarity!: number;
}

@ObjectType({ description: 'CNT-27: how a content item\'s text compares with the tenant\'s other items.' })
export class ContentOriginality {
  @Field(() => ID)
  contentItemId!: string;

  @Field({ description: 'No near-duplicate at or above 0.7 similarity' })
  original!: boolean;

  @Field(() => [NearDuplicateItem], { description: 'Most similar first, at most 20' })
  nearDuplicates!: NearDuplicateItem[];

  @Field()
  checkedAt!: Date;
}

@ObjectType({ description: 'KPI-29: share of checked items that were original.' })
export class OriginalityReport {
  @Field(() => Int)
  checked!: number;

  @Field(() => Int)
  original!: number;

  @Field(() => Float, { nullable: true, description: 'original / checked (0.85 is 85 %); null when nothing was checked' })
  rate!: number | null;
}
