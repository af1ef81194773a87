import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';

@ObjectType()
export class ContestStanding {
  @Field(() => Int, { description: 'Equal mean scores share a rank; the next rank skips' })
  rank!: number;

  @Field(() => ID)
  entryId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => Float, { description: 'Mean of the judges\' scores, 2 decimals' })
  averageScore!: number;

  @Field(() => Int)
  judgeCount!: number;
}

@ObjectType({ description: 'A contest of a campaign, judged by members who may not judge their own entries (CMP-06)' })
export class Contest {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field()
  title!: string;

  @Field(() => [ID], { description: 'Member ids of the judges' })
  judgeIds!: string[];

  @Field(() => Int)
  maxScore!: number;

  @Field({ description: 'open, or published once the results are out' })
  status!: string;

  @Field(() => Int)
  entryCount!: number;

  @Field(() => [ContestStanding], { nullable: true, description: 'The results, best first; null until published' })
  ranking!: ContestStanding[] | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  createdBy!: string;
}

@ObjectType()
export class ContestScore {
  @Field(() => ID)
  judgeId!: string;

  @Field(() => Int)
  score!: number;
}

@ObjectType()
export class ContestEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  contestId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [ContestScore], { description: 'Each judge\'s score so far' })
  scores!: ContestScore[];

  @Field(() => Int, { nullable: true, description: 'Its rank once the results are published' })
  rank!: number | null;

  @Field({ description: 'When it was submitted' })
  createdAt!: Date;
}

export const ContestConnection = connectionOf(Contest, 'Contest');
export const ContestEntryConnection = connectionOf(ContestEntry, 'ContestEntry');

@InputType()
export class CreateContestInput {
  @Field(() => ID)
  campaignId!: string;

  @Field({ description: '1–100 characters' })
  title!: string;

  @Field(() => [ID], { description: '1–20 judges, by member id' })
  judgeIds!: string[];

  @Field(() => Int, { description: 'The top score a judge gives, 1–100' })
  maxScore!: number;
}

@InputType()
export class SubmitContestEntryInput {
  @Field(() => ID)
  contestId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field({ description: '1–100 characters' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters' })
  description?: string | null;
}

@InputType()
export class JudgeContestEntryInput {
  @Field(() => ID)
  contestId!: string;

  @Field(() => ID)
  entryId!: string;

  @Field(() => ID, { description: 'The judge (a member id) whose score this is' })
  judgeId!: string;

  @Field(() => Int, { description: '0 to the contest\'s top score' })
  score!: number;
}

export const ContestPayload = payloadOf('ContestPayload', 'contest', Contest);
export type ContestPayload = Payload<'contest', Contest>;

export const ContestEntryPayload = payloadOf('ContestEntryPayload', 'entry', ContestEntry);
export type ContestEntryPayload = Payload<'entry', ContestEntry>;
