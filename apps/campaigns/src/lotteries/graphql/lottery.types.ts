import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';

@ObjectType({ description: 'A prize and how many of it there are; winners take prizes in the order listed' })
export class LotteryPrize {
  @Field(() => ID)
  prizeId!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  quantity!: number;
}

@ObjectType()
export class LotteryWinner {
  @Field(() => Int, { description: '1 for the first prize slot drawn' })
  rank!: number;

  @Field(() => ID)
  prizeId!: string;

  @Field(() => ID)
  memberId!: string;
}

@ObjectType({ description: 'A lottery of a campaign whose draw anyone can verify (CMP-04, docs/lotteries.md)' })
export class Lottery {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field()
  name!: string;

  @Field(() => [LotteryPrize])
  prizes!: LotteryPrize[];

  @Field({ description: 'SHA-256 of the seed, hex, published when the lottery was created' })
  seedCommitment!: string;

  @Field()
  entriesCloseAt!: Date;

  @Field({ description: 'open, closed or drawn' })
  status!: string;

  @Field(() => Int)
  entrantCount!: number;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the sorted member ids, one per line, fixed when entries closed' })
  entriesDigest!: string | null;

  @Field(() => String, { nullable: true, description: 'The seed, revealed at the draw' })
  seed!: string | null;

  @Field(() => String, { nullable: true })
  algorithm!: string | null;

  @Field(() => [LotteryWinner], { nullable: true })
  winners!: LotteryWinner[] | null;

  @Field(() => Date, { nullable: true })
  drawnAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  createdBy!: string;
}

@ObjectType({ description: 'What apps/campaigns/scripts/verify-lottery.ts re-derives the winners from; save it as JSON' })
export class LotteryDrawExport {
  @Field(() => ID)
  lotteryId!: string;

  @Field()
  algorithm!: string;

  @Field()
  seedCommitment!: string;

  @Field()
  seed!: string;

  @Field()
  entriesDigest!: string;

  @Field(() => [LotteryPrize])
  prizes!: LotteryPrize[];

  @Field(() => [ID], { description: 'Every entrant\'s member id, sorted' })
  entries!: string[];

  @Field(() => [LotteryWinner])
  winners!: LotteryWinner[];
}

export const LotteryConnection = connectionOf(Lottery, 'Lottery');

@InputType()
export class LotteryPrizeInput {
  @Field({ description: '1–100 characters' })
  name!: string;

  @Field(() => Int, { description: '1–10,000' })
  quantity!: number;
}

@InputType()
export class CreateLotteryInput {
  @Field(() => ID)
  campaignId!: string;

  @Field({ description: '1–100 characters' })
  name!: string;

  @Field(() => [LotteryPrizeInput], { description: '1–50 prizes, in the order winners take them' })
  prizes!: LotteryPrizeInput[];

  @Field({ description: 'SHA-256 (hex) of a secret 64-hex-digit seed you keep until the draw' })
  seedCommitment!: string;

  @Field()
  entriesCloseAt!: Date;
}

@InputType()
export class EnterLotteryInput {
  @Field(() => ID)
  lotteryId!: string;

  @Field(() => ID)
  memberId!: string;
}

@InputType()
export class DrawLotteryInput {
  @Field(() => ID)
  lotteryId!: string;

  @Field({ description: 'The seed whose SHA-256 is the lottery\'s commitment' })
  seed!: string;
}

export const LotteryPayload = payloadOf('LotteryPayload', 'lottery', Lottery);
export type LotteryPayload = Payload<'lottery', Lottery>;
