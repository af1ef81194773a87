import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { CrisisIndicator, CrisisSeverity, CrisisType, EscalationDepartment } from '@groundswell/events';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';
import type { ResponseChannel } from '../crisis-alert.decider';
import { CrisisAlertStatusEnum, CrisisIndicatorEnum, CrisisObservationKindEnum, CrisisOutcomeEnum, CrisisSeverityEnum, CrisisTypeEnum, EscalationDepartmentEnum, EscalationReasonEnum, ResponseChannelEnum } from './crisis-enums';

@ObjectType()
export class EscalationRecipient {
  @Field(() => EscalationDepartmentEnum)
  department!: EscalationDepartment;

  @Field()
  contact!: string;
}

@ObjectType({ description: 'Who was told, and why (MOD-46)' })
export class CrisisEscalation {
  @Field(() => EscalationReasonEnum)
  reason!: string;

  @Field(() => [EscalationRecipient])
  recipients!: EscalationRecipient[];

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  escalatedAt!: Date;
}

@ObjectType({ description: 'A post-incident summary with its lessons (复盘, MOD-44)' })
export class CrisisPostMortemNote {
  @Field(() => ID)
  id!: string;

  @Field()
  note!: string;

  @Field(() => [String])
  lessons!: string[];

  @Field()
  writtenBy!: string;

  @Field()
  writtenAt!: Date;
}

@ObjectType({ description: 'A crisis early-warning alert (舆情预警): one per threshold crossing, with a 30-minute response SLA by default.' })
export class CrisisAlert {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  communityId!: string;

  @Field(() => String, { nullable: true, description: 'The watched topic, for a keyword surge' })
  topic!: string | null;

  @Field(() => CrisisIndicatorEnum)
  indicator!: CrisisIndicator;

  @Field(() => Float, { description: 'The indicator when it crossed: a share 0–1 or a count in the window' })
  value!: number;

  @Field(() => Float)
  threshold!: number;

  @Field(() => CrisisSeverityEnum)
  severity!: CrisisSeverity;

  @Field(() => CrisisTypeEnum)
  crisisType!: CrisisType;

  @Field(() => Int, { description: 'The tenant\'s thresholds version that applied; 0 for the defaults' })
  thresholdsVersion!: number;

  @Field(() => CrisisAlertStatusEnum)
  status!: string;

  @Field()
  raisedAt!: Date;

  @Field(() => Int)
  slaMinutes!: number;

  @Field({ description: 'When the first official response is due' })
  responseDueAt!: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => String, { nullable: true })
  acknowledgedBy!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the missed SLA was noticed' })
  slaBreachedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  firstResponseAt!: Date | null;

  @Field(() => ResponseChannelEnum, { nullable: true })
  firstResponseChannel!: ResponseChannel | null;

  @Field(() => String, { nullable: true })
  firstResponseStatement!: string | null;

  @Field(() => String, { nullable: true })
  firstResponseBy!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the first response came by the deadline' })
  responseWithinSla!: boolean | null;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true })
  resolvedBy!: string | null;

  @Field(() => CrisisOutcomeEnum, { nullable: true })
  outcome!: string | null;

  @Field(() => String, { nullable: true })
  resolutionSummary!: string | null;

  @Field(() => [CrisisEscalation])
  escalations!: CrisisEscalation[];
}

export const CrisisAlertConnection = connectionOf(CrisisAlert, 'CrisisAlert');

@InputType()
export class AcknowledgeCrisisAlertInput {
  @Field(() => ID)
  alertId!: string;

  @Field(() => CrisisSeverityEnum, { nullable: true, description: 'Your assessment, when it differs from the automatic one' })
  severity?: CrisisSeverity;

  @Field(() => CrisisTypeEnum, { nullable: true })
  crisisType?: CrisisType;
}

@InputType()
export class RecordCrisisFirstResponseInput {
  @Field(() => ID)
  alertId!: string;

  @Field(() => ResponseChannelEnum)
  channel!: ResponseChannel;

  @Field({ description: 'The official statement as published (1–2000 characters)' })
  statement!: string;
}

@InputType()
export class EscalateCrisisAlertInput {
  @Field(() => ID)
  alertId!: string;

  @Field(() => [EscalationDepartmentEnum], { description: 'Everyone on the escalation list in these departments is notified' })
  departments!: EscalationDepartment[];

  @Field({ nullable: true })
  note?: string;
}

@InputType()
export class ResolveCrisisAlertInput {
  @Field(() => ID)
  alertId!: string;

  @Field(() => CrisisOutcomeEnum)
  outcome!: 'handled' | 'false_alarm';

  @Field()
  summary!: string;
}

@InputType()
export class AddCrisisPostMortemNoteInput {
  @Field(() => ID)
  alertId!: string;

  @Field()
  note!: string;

  @Field(() => [String])
  lessons!: string[];
}

@InputType({ description: 'A message, report or violation seen in a community, e.g. from a social-listening tool (MOD-28)' })
export class CrisisObservationInput {
  @Field(() => CrisisObservationKindEnum)
  kind!: 'message' | 'report' | 'violation';

  @Field(() => ID)
  communityId!: string;

  @Field({ description: 'When it happened' })
  at!: Date;

  @Field({ nullable: true, description: 'The message text, required for a message; scored, never stored' })
  text?: string;
}

export const CrisisAlertPayload = payloadOf('CrisisAlertPayload', 'alert', CrisisAlert);
export type CrisisAlertPayload = Payload<'alert', CrisisAlert>;

@ObjectType()
export class RecordCrisisObservationsPayload {
  @Field(() => [CrisisAlert], { description: 'Alerts these observations raised' })
  raisedAlerts!: CrisisAlert[];
}
