import { EventStore } from '@groundswell/event-store';
import { ScreeningRequestedV1, createEventRegistry, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import type { OpenScreeningCaseUseCase } from '../review-queue/use-cases/open-screening-case.use-case';
import { RuleBasedRiskClassifier } from '../screening/classifier/rule-based-risk-classifier';
import type { CompiledListCache } from '../screening/compiled-list.cache';
import { screen } from '../screening/screen';
import { textScreeningDecider, textScreeningStream } from './text-screening.decider';

const registry = createEventRegistry();
const classifier = new RuleBasedRiskClassifier();

export interface ScreeningRequestDependencies {
  store: EventStore;
  lists: CompiledListCache;
  openCase: OpenScreeningCaseUseCase;
  clock: () => Date;
}

/**
 * Screens a requested text and records the verdict (`TextScreened`, relayed to the asker) in the
 * consumer's transaction. A verdict a person must see also opens a review case first; the case is
 * named after the screening, so a retry finds the same one.
 */
export const screenRequestedText = ({ store, lists, openCase, clock }: ScreeningRequestDependencies) => async (client: PoolClient, envelope: EventEnvelope): Promise<void> => {
  if (envelope.type !== ScreeningRequestedV1.type) return;
  const request = registry.decode(envelope);
  if (!ScreeningRequestedV1.is(request)) return;
  const tenantId = request.tenantid;
  const { screeningId, target, text, memberId, memberMessagesLastMinute, requestedBy } = request.data;
  const result = screen(text, await lists.current(tenantId, target.communityId), classifier, { communityId: target.communityId, memberId, memberMessagesLastMinute });
  const verdict = result.verdict;
  const forReview = verdict === 'needs_review' || verdict === 'blocked' || (verdict === 'censored' && result.flagged);
  const caseId = forReview ? (await openCase.execute(tenantId, { screeningId, target, verdict, riskScore: result.risk.score, correlationId: envelope.correlationid })).caseId : undefined;
  await store.handleIn(client, {
    decider: textScreeningDecider,
    stream: textScreeningStream(tenantId, screeningId),
    command: {
      type: 'RecordTextScreened',
      verdict: {
        screeningId,
        target,
        memberId,
        verdict,
        censoredText: verdict === 'censored' ? result.censoredText : undefined,
        matches: result.matches.map(({ entry, start, end }) => ({ entryId: entry.entryId, action: entry.action.type, category: entry.category, severity: entry.severity, start, end })),
        listVersion: result.listVersion,
        riskScore: result.risk.score,
        riskSignals: result.risk.signals.map((signal) => signal.code),
        flagged: result.flagged,
        tags: result.tags,
        caseId,
        requestedBy,
        screenedAt: clock().toISOString(),
      },
    },
    context: { correlationId: envelope.correlationid, causationId: envelope.id },
  });
};
