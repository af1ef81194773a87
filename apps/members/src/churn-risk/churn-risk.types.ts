import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { EncryptedField } from '@groundswell/events';

@ObjectType({ description: 'A member\'s churn risk in one community (model churn-v1, see docs/members-automation.md), as of its last change of band.' })
export class ChurnRisk {
  @Field(() => ID)
  communityId!: string;

  @Field(() => Float, { description: '0 (safe) to 1 (certain churn), when the band last changed' })
  score!: number;

  @Field({ description: 'low, medium or high' })
  band!: string;

  @Field()
  modelVersion!: string;

  @Field()
  assessedAt!: Date;

  @Field(() => Boolean, { nullable: true, description: 'A person\'s review of this assessment: true confirmed, false dismissed, null not reviewed' })
  confirmed!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Who confirmed it; null unless confirmed' })
  confirmedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Who reviewed it (confirmed or dismissed)' })
  reviewedBy!: string | null;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  /** The reviewer's note, still sealed with the member's key; `note` reveals it. */
  sealedNote!: EncryptedField | null;

  memberId!: string;
}
