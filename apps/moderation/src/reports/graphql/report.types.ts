import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { reportCategorySchema } from '@groundswell/events';
import { connectionOf, graphqlEnum, payloadOf, type Payload } from '@groundswell/service-kit';
import { ModerationTargetKindEnum } from '../../review-queue/graphql/review-case.types';

export const ReportCategoryEnum = graphqlEnum(reportCategorySchema.options);

registerEnumType(ReportCategoryEnum, { name: 'ReportCategory', description: 'What the reporter says is wrong (举报类型)' });

@ObjectType({ description: 'A report (举报) by a member or an operator; reports on one target join one review case.' })
export class Report {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The review case it joined' })
  caseId!: string;

  @Field(() => ModerationTargetKindEnum)
  targetKind!: keyof typeof ModerationTargetKindEnum;

  @Field(() => ID)
  targetId!: string;

  @Field(() => ID, { nullable: true })
  communityId!: string | null;

  @Field(() => ReportCategoryEnum)
  category!: keyof typeof ReportCategoryEnum;

  @Field(() => String, { nullable: true })
  detail!: string | null;

  @Field({ description: 'member or operator' })
  reportedByKind!: string;

  @Field(() => ID, { description: 'Member id or operator subject' })
  reportedById!: string;

  @Field()
  filedAt!: Date;
}

export const ReportConnection = connectionOf(Report, 'Report');

@InputType()
export class FileReportInput {
  @Field(() => ModerationTargetKindEnum)
  targetKind!: keyof typeof ModerationTargetKindEnum;

  @Field(() => ID, { description: 'The content id, message id or member id' })
  targetId!: string;

  @Field(() => ID, { nullable: true })
  communityId?: string;

  @Field(() => ReportCategoryEnum)
  category!: keyof typeof ReportCategoryEnum;

  @Field(() => String, { nullable: true, description: 'The reporter’s own words (up to 1,000 characters)' })
  detail?: string;

  @Field(() => ID, { nullable: true, description: 'The member whose report you pass on; empty: you report it yourself' })
  reporterMemberId?: string;
}

export const FileReportPayload = payloadOf('FileReportPayload', 'report', Report);
export type FileReportPayload = Payload<'report', Report>;
