import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { sanctionKindSchema } from '@groundswell/events';
import { connectionOf, graphqlEnum, payloadOf, type Payload } from '@groundswell/service-kit';

export const SanctionKindEnum = graphqlEnum(sanctionKindSchema.options);
export const SanctionStatusEnum = graphqlEnum(['active', 'lifted', 'expired'] as const);

registerEnumType(SanctionKindEnum, { name: 'SanctionKind', description: 'warning → delete_content → mute → remove → ban (tenant-wide)' });
registerEnumType(SanctionStatusEnum, { name: 'SanctionStatus', description: 'expired: a mute that reached its end' });

@ObjectType({ description: 'A sanction (处罚) on a member under a community rule, with the notice the member was given.' })
export class Sanction {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => SanctionKindEnum)
  kind!: keyof typeof SanctionKindEnum;

  @Field(() => ID, { nullable: true, description: 'Null for a tenant-wide ban' })
  communityId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The content deleted' })
  contentId!: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes!: number | null;

  @Field(() => Date, { nullable: true, description: 'When a mute ends by itself' })
  expiresAt!: Date | null;

  @Field(() => ID, { description: 'The community rule broken' })
  ruleId!: string;

  @Field()
  reason!: string;

  @Field({ description: 'What the member was told (Chinese, times in Beijing time)' })
  notice!: string;

  @Field({ description: 'operator, or system for sanctions the escalation policy added' })
  appliedByKind!: string;

  @Field()
  appliedById!: string;

  @Field()
  appliedAt!: Date;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => Int, { nullable: true, description: 'The escalation policy version that added it' })
  escalationPolicyVersion!: number | null;

  @Field(() => SanctionStatusEnum)
  status!: keyof typeof SanctionStatusEnum;

  @Field(() => Date, { nullable: true })
  liftedAt!: Date | null;

  @Field(() => String, { nullable: true })
  liftedBy!: string | null;

  @Field(() => String, { nullable: true })
  liftReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The upheld appeal that lifted it' })
  appealId!: string | null;
}

export const SanctionConnection = connectionOf(Sanction, 'Sanction');

@InputType()
export class SanctionFilterInput {
  @Field(() => ID, { nullable: true })
  memberId?: string;

  @Field(() => ID, { nullable: true })
  communityId?: string;

  @Field(() => SanctionStatusEnum, { nullable: true })
  status?: keyof typeof SanctionStatusEnum;
}

@InputType()
export class ApplySanctionInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => SanctionKindEnum, { description: 'Volunteers may only mute' })
  kind!: keyof typeof SanctionKindEnum;

  @Field(() => ID, { nullable: true, description: 'Required except for a ban' })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: 'Required for delete_content' })
  contentId?: string;

  @Field(() => Int, { nullable: true, description: 'Required for a mute: 1–43200 minutes' })
  durationMinutes?: number;

  @Field(() => ID, { description: 'The community rule broken' })
  ruleId!: string;

  @Field({ description: 'What the member did (up to 1,000 characters); the member is told' })
  reason!: string;

  @Field(() => ID, { nullable: true, description: 'The review case it comes from' })
  caseId?: string;
}

@ObjectType()
export class ApplySanctionPayload {
  @Field(() => [Sanction], { description: 'The sanction asked for, then any the escalation policy added' })
  sanctions!: Sanction[];
}

export const SanctionPayload = payloadOf('SanctionPayload', 'sanction', Sanction);
export type SanctionPayload = Payload<'sanction', Sanction>;

@ObjectType()
export class EscalationResult {
  @Field(() => SanctionKindEnum)
  kind!: keyof typeof SanctionKindEnum;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number;
}

@ObjectType({ description: '"count sanctions of ofKind within withinDays in one community → then"' })
export class EscalationStep {
  @Field(() => SanctionKindEnum)
  ofKind!: keyof typeof SanctionKindEnum;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  withinDays!: number;

  @Field(() => EscalationResult)
  then!: EscalationResult;
}

@ObjectType({ description: 'The tenant’s escalation policy (处罚升级规则); version 0 is the default' })
export class EscalationPolicy {
  @Field(() => Int)
  version!: number;

  @Field(() => [EscalationStep])
  steps!: EscalationStep[];
}

@InputType()
export class EscalationResultInput {
  @Field(() => SanctionKindEnum)
  kind!: keyof typeof SanctionKindEnum;

  @Field(() => Int, { nullable: true, description: 'Required for a mute: 1–43200 minutes' })
  durationMinutes?: number;
}

@InputType()
export class EscalationStepInput {
  @Field(() => SanctionKindEnum)
  ofKind!: keyof typeof SanctionKindEnum;

  @Field(() => Int, { description: '2–100' })
  count!: number;

  @Field(() => Int, { description: '1–365' })
  withinDays!: number;

  @Field(() => EscalationResultInput, { description: 'Must be stricter than ofKind' })
  then!: EscalationResultInput;
}
