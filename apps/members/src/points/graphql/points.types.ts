import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PointsSourceKindEnum } from './points.enums';

@ObjectType({ description: 'A member\'s points account.' })
export class PointsAccount {
  @Field(() => ID)
  memberId!: string;

  @Field(() => Int, { description: 'Points held now, including any past their expiry that have not been expired yet' })
  balance!: number;

  @Field(() => Int, { description: 'Every point ever earned; spending, expiry and adjustments don\'t lower it' })
  lifetimeEarned!: number;

  @Field(() => String, { nullable: true, description: 'Growth level, when the tenant uses levels' })
  level!: string | null;

  @Field(() => Date, { nullable: true, description: 'Last movement; null before the first' })
  updatedAt!: Date | null;
}

@InputType()
export class EarnPointsInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => Int)
  amount!: number;

  @Field({ description: 'What earned them, e.g. `order:8812`; one source reference earns once, however often it is sent' })
  sourceRef!: string;

  @Field(() => PointsSourceKindEnum)
  sourceKind!: string;

  @Field(() => Date, { nullable: true, description: 'When what is left of them expires; absent = never' })
  expiresAt?: Date;
}
