import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { casePrioritySchema, moderationTargetSchema } from '@groundswell/events';
import { connectionOf, graphqlEnum, payloadOf, type Payload } from '@groundswell/service-kit';

export const ModerationTargetKindEnum = graphqlEnum(moderationTargetSchema.shape.kind.options);
export const CasePriorityEnum = graphqlEnum(casePrioritySchema.options);
export const CaseStatusEnum = graphqlEnum(['open', 'decided'] as const);
export const CaseDecisionEnum = graphqlEnum(['approved', 'rejected'] as const);
export const ReviewDecisionEnum = graphqlEnum(['approve', 'reject', 'escalate'] as const);
export const AutomaticVerdictEnum = graphqlEnum(['censored', 'needs_review', 'blocked'] as const);

registerEnumType(ModerationTargetKindEnum, { name: 'ModerationTargetKind', description: 'A content item, a member activity message, or a member' });
registerEnumType(CasePriorityEnum, { name: 'CasePriority' });
registerEnumType(CaseStatusEnum, { name: 'ReviewCaseStatus' });
registerEnumType(CaseDecisionEnum, { name: 'ReviewCaseDecision' });
registerEnumType(ReviewDecisionEnum, { name: 'ReviewDecision', description: 'escalate: pass the case to the next review level' });
registerEnumType(AutomaticVerdictEnum, { name: 'AutomaticVerdict', description: 'What screening decided before a human looked' });

@ObjectType({ description: 'An item or member in the moderation review queue (审核队列), from screening or from reports.' })
export class ReviewCase {
  @Field(() => ID)
  id!: string;

  @Field(() => ModerationTargetKindEnum)
  targetKind!: keyof typeof ModerationTargetKindEnum;

  @Field(() => ID, { description: 'The content id, message id or member id' })
  targetId!: string;

  @Field(() => ID, { nullable: true })
  communityId!: string | null;

  @Field({ description: 'screening or report' })
  source!: string;

  @Field(() => CasePriorityEnum)
  priority!: keyof typeof CasePriorityEnum;

  @Field(() => Int, { description: 'Review level, 1 first; escalation moves it up' })
  level!: number;

  @Field(() => CaseStatusEnum)
  status!: keyof typeof CaseStatusEnum;

  @Field(() => String, { nullable: true, description: 'Subject of the moderator reviewing it now' })
  holder!: string | null;

  @Field(() => AutomaticVerdictEnum, { nullable: true })
  automaticVerdict!: keyof typeof AutomaticVerdictEnum | null;

  @Field(() => Float, { nullable: true, description: 'The classifier’s risk score, 0–1' })
  riskScore!: number | null;

  @Field(() => Int, { description: 'Reports joined to this case' })
  reportCount!: number;

  @Field(() => CaseDecisionEnum, { nullable: true })
  decision!: keyof typeof CaseDecisionEnum | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Subject of the reviewer who decided it' })
  decidedBy!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the reviewer reversed the automatic verdict' })
  overturnsAutomaticVerdict!: boolean | null;

  @Field()
  openedAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
}

export const ReviewCaseConnection = connectionOf(ReviewCase, 'ReviewCase');

@InputType()
export class ReviewQueueFilterInput {
  @Field(() => CaseStatusEnum, { nullable: true, description: 'Default: open' })
  status?: keyof typeof CaseStatusEnum;

  @Field(() => Int, { nullable: true })
  level?: number;

  @Field(() => ID, { nullable: true })
  communityId?: string;

  @Field({ nullable: true, description: 'Only cases nobody holds' })
  unclaimedOnly?: boolean;
}

@InputType()
export class DecideReviewCaseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewDecisionEnum)
  decision!: keyof typeof ReviewDecisionEnum;

  @Field(() => String, { nullable: true, description: 'Required to reject or escalate (up to 1,000 characters)' })
  reason?: string;
}

export const ReviewCasePayload = payloadOf('ReviewCasePayload', 'reviewCase', ReviewCase);
export type ReviewCasePayload = Payload<'reviewCase', ReviewCase>;
