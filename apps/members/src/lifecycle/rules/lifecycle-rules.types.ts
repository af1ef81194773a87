import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DemotionCadence {
  daily = 'daily',
  weekly = 'weekly',
  monthly = 'monthly',
}
registerEnumType(DemotionCadence, { name: 'DemotionCadence', description: 'How often demotions may happen: at the next day, week (Monday) or month boundary' });

@ObjectType('StageThreshold', { description: 'What a member must reach over the last 30 days to be promoted to a stage.' })
export class StageThresholdView {
  @Field(() => Int, { description: 'Days with any activity' })
  minActiveDays!: number;

  @Field(() => Int, { description: 'Qualifying interactions' })
  minInteractions!: number;

  @Field(() => Int, { description: 'Posts, answers and other contributions' })
  minContributions!: number;
}

@InputType()
export class StageThresholdInput {
  @Field(() => Int)
  minActiveDays!: number;

  @Field(() => Int)
  minInteractions!: number;

  @Field(() => Int)
  minContributions!: number;
}

@ObjectType('LifecyclePromotionRules')
export class LifecyclePromotionView {
  @Field(() => StageThresholdView)
  active!: StageThresholdView;

  @Field(() => StageThresholdView)
  core!: StageThresholdView;

  @Field(() => StageThresholdView)
  koc!: StageThresholdView;
}

@InputType()
export class LifecyclePromotionInput {
  @Field(() => StageThresholdInput)
  active!: StageThresholdInput;

  @Field(() => StageThresholdInput)
  core!: StageThresholdInput;

  @Field(() => StageThresholdInput)
  koc!: StageThresholdInput;
}

@ObjectType({ description: 'The tenant\'s lifecycle rules in force. Version 1 is the built-in default; every change is a new version, named on each stage change it causes.' })
export class LifecycleRules {
  @Field(() => Int)
  version!: number;

  @Field(() => LifecyclePromotionView)
  promotion!: LifecyclePromotionView;

  @Field(() => Int, { description: 'Quiet days after which a member is dormant' })
  dormantAfterInactiveDays!: number;

  @Field(() => Int, { description: 'Quiet days after which a member is churned' })
  churnedAfterInactiveDays!: number;

  @Field(() => DemotionCadence)
  demotionCadence!: DemotionCadence;

  @Field(() => Int, { description: 'The tenant\'s clock for where days, weeks and months begin, e.g. 480 for China' })
  utcOffsetMinutes!: number;
}

@InputType()
export class LifecycleRulesInput {
  @Field(() => LifecyclePromotionInput)
  promotion!: LifecyclePromotionInput;

  @Field(() => Int)
  dormantAfterInactiveDays!: number;

  @Field(() => Int)
  churnedAfterInactiveDays!: number;

  @Field(() => DemotionCadence)
  demotionCadence!: DemotionCadence;

  @Field(() => Int, { defaultValue: 480 })
  utcOffsetMinutes!: number;
}
