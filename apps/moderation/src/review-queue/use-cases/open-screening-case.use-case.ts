import { Injectable } from '@nestjs/common';
import { appendTo, EventStore, loadAggregate } from '@groundswell/event-store';
import type { ModerationTarget } from '@groundswell/events';
import { v5 as uuidv5 } from 'uuid';
import { reviewCaseDecider } from '../review-case.decider';
import { reviewCaseStream } from '../review-case.events';
import { openCaseOn } from '../review-queue.queries';

export interface ScreeningVerdictForReview {
  screeningId: string;
  target: ModerationTarget;
  verdict: 'censored' | 'needs_review' | 'blocked';
  riskScore: number;
  correlationId?: string;
}

// Names the case after its screening, so a verdict delivered twice opens one case.
const SCREENING_CASE_NAMESPACE = '6f1d2c3e-8a4b-4c5d-9e6f-7a8b9c0d1e2f';

/** Puts a screening verdict in front of a human (MOD-18): a case of its own, or the case already open on its target. */
@Injectable()
export class OpenScreeningCaseUseCase {
  constructor(private readonly store: EventStore) {}

  execute(tenantId: string, verdict: ScreeningVerdictForReview): Promise<{ caseId: string }> {
    const caseId = uuidv5(`${tenantId}/${verdict.screeningId}`, SCREENING_CASE_NAMESPACE);
    // A concurrent case on the same target makes this transaction conflict; the retry then finds it.
    return this.store.transaction(
      async (client) => {
        const reviewCase = await loadAggregate(client, reviewCaseDecider, reviewCaseStream(tenantId, caseId));
        if (reviewCase.state.status !== 'none') return { caseId };
        const alreadyOpen = await openCaseOn(client, tenantId, verdict.target);
        if (alreadyOpen) return { caseId: alreadyOpen };
        const command = {
          type: 'OpenScreeningCase' as const,
          caseId,
          target: verdict.target,
          automaticVerdict: { verdict: verdict.verdict, riskScore: verdict.riskScore, screeningId: verdict.screeningId },
        };
        await this.store.append(client, [appendTo(reviewCase, reviewCaseDecider.decide(command, reviewCase.state))], { correlationId: verdict.correlationId ?? caseId });
        return { caseId };
      },
      { retryOnConflict: true },
    );
  }
}
