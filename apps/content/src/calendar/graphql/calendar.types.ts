import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '@groundswell/service-kit';

export enum OccasionKindEnum {
  PUBLIC_HOLIDAY = 'PUBLIC_HOLIDAY',
  ADJUSTED_WORKDAY = 'ADJUSTED_WORKDAY',
  LUNAR_FESTIVAL = 'LUNAR_FESTIVAL',
  SOLAR_TERM = 'SOLAR_TERM',
  COMMERCIAL = 'COMMERCIAL',
  REGIONAL = 'REGIONAL',
}
registerEnumType(OccasionKindEnum, { name: 'OccasionKind', description: 'State Council holiday or 调休 working day, lunar festival, ritual solar term, shopping date, or a regional custom' });

export enum CadenceFlagEnum {
  TOO_FREQUENT = 'TOO_FREQUENT',
  TOO_SPARSE = 'TOO_SPARSE',
  STALE = 'STALE',
}
registerEnumType(CadenceFlagEnum, { name: 'CadenceFlag', description: 'CNT-32: more or fewer posts this week than planned; CNT-34: nothing published for the plan\'s staleness limit' });

@ObjectType()
export class ContentTypeShare {
  @Field({ description: 'A content type (CNT-01…08), e.g. tips_tutorial' })
  type!: string;

  @Field(() => Int)
  percent!: number;
}

@ObjectType()
export class PostsPerWeek {
  @Field(() => Int)
  min!: number;

  @Field(() => Int)
  max!: number;
}

@ObjectType({ description: 'A community\'s content plan (CNT-30): how often to post, in what mix.' })
export class ContentPlan {
  @Field(() => ID)
  communityId!: string;

  @Field(() => PostsPerWeek)
  postsPerWeek!: PostsPerWeek;

  @Field(() => [ContentTypeShare])
  typeMix!: ContentTypeShare[];

  @Field(() => Int)
  staleAfterDays!: number;

  @Field({ description: 'IANA time zone its weeks are counted in' })
  timeZone!: string;

  @Field(() => [String], { description: 'Regions whose customs join its calendar' })
  regions!: string[];

  @Field()
  setAt!: Date;

  @Field({ description: 'Subject of who set it' })
  setBy!: string;
}

export const ContentPlanConnection = connectionOf(ContentPlan, 'ContentPlan');

@ObjectType({ description: 'A holiday, festival, ritual or shopping date (CNT-35, CNT-36).' })
export class Occasion {
  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field()
  name!: string;

  @Field(() => OccasionKindEnum)
  kind!: OccasionKindEnum;

  @Field(() => String, { nullable: true, description: 'Region code for a regional custom' })
  region!: string | null;
}

@ObjectType({ description: 'A scheduled or published content item on the calendar.' })
export class CalendarItem {
  @Field(() => ID)
  contentItemId!: string;

  @Field(() => ID)
  communityId!: string;

  @Field()
  title!: string;

  @Field()
  contentType!: string;

  @Field({ description: 'scheduled or published' })
  status!: string;

  @Field({ description: 'When it is scheduled for, or went out' })
  at!: Date;
}

@ObjectType({ description: 'One day of the content calendar, in its time zone.' })
export class CalendarDay {
  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => [Occasion])
  occasions!: Occasion[];

  @Field(() => [CalendarItem])
  items!: CalendarItem[];
}

export const CalendarDayConnection = connectionOf(CalendarDay, 'CalendarDay');

@ObjectType()
export class CalendarWeek {
  @Field({ description: 'Monday, YYYY-MM-DD' })
  from!: string;

  @Field({ description: 'Sunday, YYYY-MM-DD' })
  to!: string;
}

@ObjectType({ description: 'Posts of one content type this week beside the plan\'s target share.' })
export class TypeMixAdherence {
  @Field()
  type!: string;

  @Field(() => Int, { description: 'The plan\'s share in percent; 0 for a type outside the mix' })
  targetPercent!: number;

  @Field(() => Int)
  postsInWeek!: number;
}

@ObjectType({ description: 'A community\'s posting cadence this week against its plan.' })
export class ContentCadence {
  @Field(() => ID)
  communityId!: string;

  @Field(() => CalendarWeek)
  week!: CalendarWeek;

  @Field(() => Int, { description: 'Items published or scheduled in the week' })
  postsInWeek!: number;

  @Field(() => Int)
  daysSinceLastPublication!: number;

  @Field(() => [CadenceFlagEnum])
  flags!: CadenceFlagEnum[];

  @Field(() => [TypeMixAdherence])
  typeMix!: TypeMixAdherence[];

  @Field(() => ContentPlan)
  plan!: ContentPlan;
}

export const ContentCadenceConnection = connectionOf(ContentCadence, 'ContentCadence');

@InputType()
export class ContentTypeShareInput {
  @Field({ description: 'A content type (CNT-01…08)' })
  type!: string;

  @Field(() => Int)
  percent!: number;
}

@InputType()
export class PostsPerWeekInput {
  @Field(() => Int)
  min!: number;

  @Field(() => Int)
  max!: number;
}

@InputType()
export class SetContentPlanInput {
  @Field(() => ID)
  communityId!: string;

  @Field(() => PostsPerWeekInput)
  postsPerWeek!: PostsPerWeekInput;

  @Field(() => [ContentTypeShareInput], { description: 'Shares adding up to 100; empty for no mix' })
  typeMix!: ContentTypeShareInput[];

  @Field(() => Int, { description: '1–90 days without a publication flag the community stale' })
  staleAfterDays!: number;

  @Field({ defaultValue: 'Asia/Shanghai' })
  timeZone!: string;

  @Field(() => [String], { defaultValue: [], description: 'Region codes (GX, YN, FJ, HK, MO) for local customs' })
  regions!: string[];
}

@InputType()
export class RemoveContentPlanInput {
  @Field(() => ID)
  communityId!: string;
}

@ObjectType()
export class ContentPlanPayload {
  @Field(() => ContentPlan, { nullable: true, description: 'The plan in force; null once removed' })
  contentPlan!: ContentPlan | null;
}
