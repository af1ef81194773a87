import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

/** The members service owns Community; analytics contributes fields to it by its key. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Community {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'A busy stretch of the day to post in, from members\' interactions (CNT-31, CNT-33).' })
export class PostingSlot {
  @Field(() => Int, { description: 'Local hour it starts, 0–23' })
  startHour!: number;

  @Field(() => Int, { description: 'Local hour it ends, exclusive, 1–24' })
  endHour!: number;

  @Field({ description: 'e.g. 20:00–22:00, in the time zone asked' })
  label!: string;

  @Field()
  timeZone!: string;

  @Field(() => Int)
  interactions!: number;

  @Field(() => Float, { description: 'Of all interactions in the period, 0–1' })
  share!: number;

  // Also what puts Community, otherwise reached from no field of this subgraph, into its schema.
  @Field(() => Community, { description: 'The community it is for' })
  community!: Community;
}
