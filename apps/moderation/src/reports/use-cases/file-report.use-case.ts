import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { appendTo, EventStore, loadAggregate, withIdempotency } from '@groundswell/event-store';
import type { Actor, ModerationTarget, ReportCategory } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { reviewCaseDecider, type ReviewCaseCommand } from '../../review-queue/review-case.decider';
import { reviewCaseStream } from '../../review-queue/review-case.events';
import { openCaseOn } from '../../review-queue/review-queue.queries';
import { reportDecider } from '../report.decider';
import { reportStream } from '../report.events';

export interface FileReportInput {
  target: ModerationTarget;
  category: ReportCategory;
  detail?: string;
  /** Set when an operator or a platform connector passes on a member's report. */
  reporterMemberId?: string;
}

export interface FiledReport {
  reportId: string;
  caseId: string;
}

@Injectable()
export class FileReportUseCase {
  constructor(private readonly store: EventStore) {}

  /**
   * Files the report and, in the same transaction, joins it to the case open on its target or opens
   * one. Two first reports racing on one target both try to open a case; the read model's one-open-
   * case-per-target index fails the later, whose retry then finds the earlier's case and joins it.
   */
  execute(identity: Identity, input: FileReportInput, idempotencyKey?: string): Promise<FiledReport> {
    const reporter: Actor = input.reporterMemberId ? { kind: 'member', id: input.reporterMemberId } : { kind: 'operator', id: identity.sub };
    const tenantId = identity.tenant;
    return this.store.transaction(
      async (client) => {
        const { result } = await withIdempotency(client, { tenantId, key: idempotencyKey, command: 'FileReport' }, async () => {
          const reportId = randomUUID();
          const caseId = (await openCaseOn(client, tenantId, input.target)) ?? randomUUID();
          const [report, reviewCase] = await Promise.all([
            loadAggregate(client, reportDecider, reportStream(tenantId, reportId)),
            loadAggregate(client, reviewCaseDecider, reviewCaseStream(tenantId, caseId)),
          ]);
          const reportEvents = reportDecider.decide({ type: 'FileReport', reportId, caseId, target: input.target, category: input.category, detail: input.detail, reporter }, report.state);
          const target = reportEvents[0]!.data.target;
          const caseCommand: ReviewCaseCommand =
            reviewCase.state.status === 'none'
              ? { type: 'OpenReportCase', caseId, target, reportId, category: input.category, reporter }
              : { type: 'AttachReport', caseId, reportId, category: input.category, reporter };
          const caseEvents = reviewCaseDecider.decide(caseCommand, reviewCase.state);
          await this.store.append(client, [appendTo(reviewCase, caseEvents), appendTo(report, reportEvents)], { correlationId: reportId });
          return { reportId, caseId };
        });
        return result;
      },
      { retryOnConflict: true },
    );
  }
}
