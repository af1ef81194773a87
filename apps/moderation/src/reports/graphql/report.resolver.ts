import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { ReportQueries } from '../report.queries';
import { FileReportUseCase } from '../use-cases/file-report.use-case';
import { FileReportInput, FileReportPayload, Report, ReportConnection } from './report.types';
import { ReferencesParties } from '../../known-parties/references-parties';

@Resolver(() => Report)
export class ReportResolver {
  constructor(
    private readonly queries: ReportQueries,
    private readonly fileReportUseCase: FileReportUseCase,
  ) {}

  @Query(() => ReportConnection, { description: 'Reports newest first; with caseId, those joined to one review case' })
  @RequirePermissions('moderation:review')
  reports(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('caseId', { type: () => ID, nullable: true }) caseId?: string) {
    return this.queries.reports(identity.tenant, caseId, page.first, page.after);
  }

  @Mutation(() => FileReportPayload, { description: 'Report an item or a member; it lands in the review queue' })
  @ReferencesParties(({ input }) => ({ communityIds: [input.communityId], memberIds: [input.targetKind === 'MEMBER' ? input.targetId : undefined, input.reporterMemberId] }))
  @RequirePermissions('moderation:report')
  async fileReport(@CurrentIdentity() identity: Identity, @Args('input') input: FileReportInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<FileReportPayload> {
    const { reportId } = await this.fileReportUseCase.execute(
      identity,
      {
        target: { kind: input.targetKind, id: input.targetId, ...(input.communityId ? { communityId: input.communityId } : {}) },
        category: input.category,
        detail: input.detail,
        reporterMemberId: input.reporterMemberId,
      },
      idempotencyKey,
    );
    const report = await requireWritten(this.queries.report(identity.tenant, reportId), 'report');
    return { report };
  }
}
