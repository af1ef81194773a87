import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf, graphqlEnum, payloadOf, type Payload } from '@groundswell/service-kit';

export const AppealStatusEnum = graphqlEnum(['open', 'upheld', 'rejected'] as const);
export const AppealOutcomeEnum = graphqlEnum(['upheld', 'rejected'] as const);

registerEnumType(AppealStatusEnum, { name: 'AppealStatus' });
registerEnumType(AppealOutcomeEnum, { name: 'AppealOutcome', description: 'upheld lifts the sanction; rejected keeps it' });

@ObjectType({ description: 'A member’s appeal (申诉) against a sanction, reviewed by another moderator than the one who sanctioned.' })
export class Appeal {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  sanctionId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field({ description: 'The member’s case' })
  statement!: string;

  @Field({ description: 'member, or operator when filed on the member’s behalf' })
  filedByKind!: string;

  @Field()
  filedById!: string;

  @Field({ description: 'Who applied the sanction: they cannot review the appeal' })
  sanctionedBy!: string;

  @Field(() => AppealStatusEnum)
  status!: keyof typeof AppealStatusEnum;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => String, { nullable: true })
  decidedBy!: string | null;

  @Field()
  filedAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
}

export const AppealConnection = connectionOf(Appeal, 'Appeal');

@InputType()
export class FileAppealInput {
  @Field(() => ID)
  sanctionId!: string;

  @Field({ description: 'The member’s case (up to 2,000 characters)' })
  statement!: string;

  @Field(() => ID, { nullable: true, description: 'The sanctioned member whose appeal you pass on; empty: you file it for them' })
  appellantMemberId?: string;
}

@InputType()
export class DecideAppealInput {
  @Field(() => ID)
  id!: string;

  @Field(() => AppealOutcomeEnum)
  outcome!: keyof typeof AppealOutcomeEnum;

  @Field({ description: 'Why (up to 1,000 characters); the member is told' })
  reason!: string;
}

export const AppealPayload = payloadOf('AppealPayload', 'appeal', Appeal);
export type AppealPayload = Payload<'appeal', Appeal>;
