import { Field, Float, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '@groundswell/service-kit';

export enum ProjectionRebuildStatus {
  RUNNING = 'running',
  COMPLETED = 'completed',
  FAILED = 'failed',
}
registerEnumType(ProjectionRebuildStatus, { name: 'ProjectionRebuildStatus' });

@ObjectType('ProjectionRebuild', { description: 'An online rebuild of an analytics projection from the analytics log (shadow tables, then a swap).' })
export class ProjectionRebuildType {
  @Field(() => ID)
  rebuildId!: string;

  @Field()
  projection!: string;

  @Field(() => ProjectionRebuildStatus)
  status!: ProjectionRebuildStatus;

  @Field(() => Float, { description: 'Events replayed; known once completed.' })
  eventsReplayed!: number;

  @Field(() => GraphQLISODateTime)
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType('AnalyticsProjectionStatus')
export class ProjectionStatusType {
  @Field()
  projection!: string;

  @Field(() => [String], { description: 'The tables it owns.' })
  tables!: string[];

  @Field(() => ProjectionRebuildType, { nullable: true, description: 'The latest rebuild; null if it was never rebuilt.' })
  lastRebuild!: ProjectionRebuildType | null;
}

export const ProjectionStatusConnection = connectionOf(ProjectionStatusType, 'AnalyticsProjectionStatus');
