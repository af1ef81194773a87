import { Field, Float, ID, InputType, Int, ObjectType, PickType } from '@nestjs/graphql';
import type { CrisisSeverity, CrisisType, EscalationDepartment } from '@groundswell/events';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';
import type { PlaybookPhase, RosterRole } from '../crisis-playbook.events';
import { CrisisSeverityEnum, CrisisTypeEnum, EscalationDepartmentEnum, PlaybookPhaseEnum, RosterRoleEnum } from './crisis-enums';

@ObjectType()
@InputType('WatchedTopicInput')
export class WatchedTopic {
  @Field({ description: 'Its name, e.g. 召回 (1–100 characters)' })
  topic!: string;

  @Field(() => [String], { description: 'Keywords that count as a mention (1–50)' })
  keywords!: string[];
}

@ObjectType({ description: 'When crisis monitors warn (MOD-29, MOD-30); every change is a new version.' })
@InputType('CrisisThresholdsInput')
export class CrisisThresholds {
  @Field(() => Int, { description: 'Sliding window, 5–1440 minutes' })
  windowMinutes!: number;

  @Field(() => Float, { description: 'Negative-opinion share that warns, 0.01–1' })
  negativeShare!: number;

  @Field(() => Int, { description: 'Messages a window needs before its share counts' })
  minimumMessages!: number;

  @Field(() => Float, { description: 'A topic surges at this multiple of its baseline rate' })
  keywordSurgeRatio!: number;

  @Field(() => Int, { description: 'and at least this many mentions in the window' })
  minimumKeywordMentions!: number;

  @Field(() => Int, { description: 'Hours before the window that give a topic its baseline' })
  baselineHours!: number;

  @Field(() => Int)
  reportsPerWindow!: number;

  @Field(() => Int)
  violationsPerWindow!: number;

  @Field(() => Float, { description: 'A warned monitor warns again only after falling below threshold × this (0.1–0.99)' })
  rearmRatio!: number;

  @Field(() => Int, { description: 'Minutes to the first official response (default 30)' })
  responseSlaMinutes!: number;

  @Field(() => [WatchedTopic])
  watchedTopics!: WatchedTopic[];
}

@ObjectType()
@InputType('EscalationContactInput')
export class EscalationContact {
  @Field(() => EscalationDepartmentEnum)
  department!: EscalationDepartment;

  @Field({ description: 'Operator id or address-book entry' })
  contact!: string;

  @Field(() => CrisisSeverityEnum, { description: 'Told of new alerts from this severity up; of every missed SLA' })
  minimumSeverity!: CrisisSeverity;
}

@ObjectType()
export class CrisisSettings {
  @Field(() => Int, { description: '0: the defaults apply' })
  thresholdsVersion!: number;

  @Field(() => CrisisThresholds)
  thresholds!: CrisisThresholds;

  @Field(() => [EscalationContact])
  escalationList!: EscalationContact[];
}

@ObjectType()
@InputType('CrisisPlaybookStepInput')
export class CrisisPlaybookStep {
  @Field(() => PlaybookPhaseEnum)
  phase!: PlaybookPhase;

  @Field()
  title!: string;

  @Field(() => Int, { nullable: true, description: 'Minutes after the alert it must be done by' })
  withinMinutes?: number;
}

@ObjectType()
@InputType('CrisisRosterMemberInput')
export class CrisisRosterMember {
  @Field(() => ID, { description: 'The operator\'s subject' })
  operatorId!: string;

  @Field(() => RosterRoleEnum)
  role!: RosterRole;
}

@ObjectType({ description: 'A contingency plan for one kind of crisis (应急预案, MOD-37) and its team (MOD-38)' })
export class CrisisPlaybook {
  @Field(() => CrisisTypeEnum)
  crisisType!: CrisisType;

  @Field(() => Int)
  version!: number;

  @Field()
  title!: string;

  @Field(() => [CrisisPlaybookStep])
  steps!: CrisisPlaybookStep[];

  @Field(() => [CrisisRosterMember])
  roster!: CrisisRosterMember[];

  @Field()
  updatedAt!: Date;

  @Field()
  updatedBy!: string;
}

export const CrisisPlaybookConnection = connectionOf(CrisisPlaybook, 'CrisisPlaybook');

@InputType()
export class DefineCrisisPlaybookInput extends PickType(CrisisPlaybook, ['crisisType', 'title', 'steps', 'roster'], InputType) {}

export const CrisisSettingsPayload = payloadOf('CrisisSettingsPayload', 'settings', CrisisSettings);
export type CrisisSettingsPayload = Payload<'settings', CrisisSettings>;

export const CrisisPlaybookPayload = payloadOf('CrisisPlaybookPayload', 'playbook', CrisisPlaybook);
export type CrisisPlaybookPayload = Payload<'playbook', CrisisPlaybook>;
