import { registerEnumType } from '@nestjs/graphql';
import { graphqlEnum } from '@groundswell/service-kit';
import { crisisIndicatorSchema, crisisSeveritySchema, crisisTypeSchema, escalationDepartmentSchema } from '@groundswell/events';

export const CrisisIndicatorEnum = graphqlEnum(crisisIndicatorSchema.options);
export const CrisisTypeEnum = graphqlEnum(crisisTypeSchema.options);
export const CrisisSeverityEnum = graphqlEnum(crisisSeveritySchema.options);
export const EscalationDepartmentEnum = graphqlEnum(escalationDepartmentSchema.options);
export const CrisisAlertStatusEnum = graphqlEnum(['raised', 'acknowledged', 'responded', 'resolved'] as const);
export const ResponseChannelEnum = graphqlEnum(['community', 'social_platform', 'official_website', 'news_media'] as const);
export const CrisisOutcomeEnum = graphqlEnum(['handled', 'false_alarm'] as const);
export const EscalationReasonEnum = graphqlEnum(['raised', 'sla_breached', 'manual'] as const);
export const PlaybookPhaseEnum = graphqlEnum(['identify', 'assess', 'respond', 'recover'] as const);
export const RosterRoleEnum = graphqlEnum(['lead', 'spokesperson', 'responder'] as const);
export const CrisisObservationKindEnum = graphqlEnum(['message', 'report', 'violation'] as const);

registerEnumType(CrisisIndicatorEnum, { name: 'CrisisIndicator', description: '预警指标: negative-opinion share, a watched topic surging, report velocity, violation spike' });
registerEnumType(CrisisTypeEnum, { name: 'CrisisType', description: '危机类型; chooses the playbook' });
registerEnumType(CrisisSeverityEnum, { name: 'CrisisSeverity', description: 'medium: at the threshold; high: 1.5×; critical: 2× or more' });
registerEnumType(EscalationDepartmentEnum, { name: 'EscalationDepartment' });
registerEnumType(CrisisAlertStatusEnum, { name: 'CrisisAlertStatus', description: 'raised → acknowledged → responded (first official statement) → resolved' });
registerEnumType(ResponseChannelEnum, { name: 'CrisisResponseChannel', description: 'Where the official statement was published' });
registerEnumType(CrisisOutcomeEnum, { name: 'CrisisOutcome', description: 'false_alarm: a person judged the automatic warning wrong' });
registerEnumType(EscalationReasonEnum, { name: 'CrisisEscalationReason' });
registerEnumType(PlaybookPhaseEnum, { name: 'CrisisPlaybookPhase' });
registerEnumType(RosterRoleEnum, { name: 'CrisisRosterRole' });
registerEnumType(CrisisObservationKindEnum, { name: 'CrisisObservationKind' });
