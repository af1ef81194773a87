import type { Decider } from '@groundswell/event-store';
import type { Actor, ModerationTarget, ReportCategory } from '@groundswell/events';
import { higherPriority, reportPriority, screeningPriority } from './case-priority';
import { ReviewQueueError } from './review-queue.error';
import { reviewCaseEventTypes, type CasePriority, type CaseOpened, type ReviewCaseEvent } from './review-case.events';

/** Level 1 is the first reviewer; each escalation hands the case to a more senior level (MOD-19). */
export const MAX_REVIEW_LEVEL = 3;
export const MAX_REASON_LENGTH = 1000;

type AutomaticVerdict = NonNullable<CaseOpened['data']['automaticVerdict']>;

export interface OpenScreeningCase {
  type: 'OpenScreeningCase';
  caseId: string;
  target: ModerationTarget;
  automaticVerdict: AutomaticVerdict;
}

export interface OpenReportCase {
  type: 'OpenReportCase';
  caseId: string;
  target: ModerationTarget;
  reportId: string;
  category: ReportCategory;
  reporter: Actor;
}

export interface AttachReport {
  type: 'AttachReport';
  caseId: string;
  reportId: string;
  category: ReportCategory;
  reporter: Actor;
}

export interface ClaimCase {
  type: 'ClaimCase';
  caseId: string;
  moderator: string;
}

export interface ReleaseCase {
  type: 'ReleaseCase';
  caseId: string;
  moderator: string;
}

export interface DecideCase {
  type: 'DecideCase';
  caseId: string;
  decision: 'approve' | 'reject' | 'escalate';
  reason?: string;
  reviewer: string;
}

export type ReviewCaseCommand = OpenScreeningCase | OpenReportCase | AttachReport | ClaimCase | ReleaseCase | DecideCase;

export type ReviewCaseState =
  | { status: 'none' }
  | {
      status: 'open' | 'closed';
      target: ModerationTarget;
      level: number;
      priority: CasePriority;
      holder: string | null;
      reporters: string[];
      automaticVerdict: AutomaticVerdict['verdict'] | null;
    };

type ExistingCase = Exclude<ReviewCaseState, { status: 'none' }>;

const reporterKey = (actor: Actor) => `${actor.kind}:${actor.id}`;
const operator = (id: string): Actor => ({ kind: 'operator', id });

function existing(state: ReviewCaseState, caseId: string): ExistingCase {
  if (state.status === 'none') throw new ReviewQueueError('CASE_NOT_FOUND', 'No such review case', { caseId });
  return state;
}

function open(state: ReviewCaseState, caseId: string): ExistingCase {
  const found = existing(state, caseId);
  if (found.status === 'closed') throw new ReviewQueueError('CASE_CLOSED', 'This review case is decided already', { caseId });
  return found;
}

function heldBy(state: ReviewCaseState, caseId: string, moderator: string): ExistingCase {
  const found = open(state, caseId);
  if (found.holder !== moderator) throw new ReviewQueueError('CASE_NOT_HELD', 'Claim the case before you act on it', { caseId, holder: found.holder });
  return found;
}

function openCase(command: OpenScreeningCase | OpenReportCase, state: ReviewCaseState): ReviewCaseEvent[] {
  if (state.status !== 'none') throw new ReviewQueueError('CASE_EXISTS', 'This review case exists already', { caseId: command.caseId });
  const common = { caseId: command.caseId, target: command.target, level: 1 };
  if (command.type === 'OpenScreeningCase') {
    const { verdict, riskScore } = command.automaticVerdict;
    return [
      {
        type: reviewCaseEventTypes.opened,
        data: { ...common, source: 'screening', priority: screeningPriority(verdict, riskScore), automaticVerdict: command.automaticVerdict, openedBy: { kind: 'system', id: 'screening' } },
      },
    ];
  }
  return [
    {
      type: reviewCaseEventTypes.opened,
      data: { ...common, source: 'report', priority: reportPriority(command.category, 1), reportId: command.reportId, openedBy: command.reporter },
    },
  ];
}

function attachReport(command: AttachReport, state: ReviewCaseState): ReviewCaseEvent[] {
  const found = open(state, command.caseId);
  if (found.reporters.includes(reporterKey(command.reporter))) {
    throw new ReviewQueueError('ALREADY_REPORTED', 'You have reported this already; the case is in the queue', { caseId: command.caseId });
  }
  const priority = higherPriority(found.priority, reportPriority(command.category, found.reporters.length + 1));
  return [{ type: reviewCaseEventTypes.reportAttached, data: { caseId: command.caseId, reportId: command.reportId, reportedBy: command.reporter, priority } }];
}

function claim(command: ClaimCase, state: ReviewCaseState): ReviewCaseEvent[] {
  const found = open(state, command.caseId);
  if (found.holder === command.moderator) return [];
  if (found.holder) throw new ReviewQueueError('CASE_HELD', 'Another moderator is reviewing this case', { caseId: command.caseId, holder: found.holder });
  return [{ type: reviewCaseEventTypes.claimed, data: { caseId: command.caseId, moderator: command.moderator } }];
}

function release(command: ReleaseCase, state: ReviewCaseState): ReviewCaseEvent[] {
  heldBy(state, command.caseId, command.moderator);
  return [{ type: reviewCaseEventTypes.released, data: { caseId: command.caseId, moderator: command.moderator } }];
}

function reasonOf(command: DecideCase): string | undefined {
  const reason = command.reason?.trim() || undefined;
  if (reason && reason.length > MAX_REASON_LENGTH) throw new ReviewQueueError('REASON_TOO_LONG', `A reason is at most ${MAX_REASON_LENGTH} characters`);
  if (!reason && command.decision !== 'approve') throw new ReviewQueueError('REASON_REQUIRED', `Say why you ${command.decision} it`, { decision: command.decision });
  return reason;
}

// Screening let a censored text through and blocked a blocked one; approving either reverses it (MOD-21).
const overturns = (decision: 'approved' | 'rejected', verdict: ExistingCase['automaticVerdict']) =>
  decision === 'approved' && (verdict === 'blocked' || verdict === 'censored');

function decideCase(command: DecideCase, state: ReviewCaseState): ReviewCaseEvent[] {
  const found = heldBy(state, command.caseId, command.reviewer);
  const reason = reasonOf(command);
  if (command.decision === 'escalate') {
    if (found.level >= MAX_REVIEW_LEVEL) throw new ReviewQueueError('TOP_LEVEL_REACHED', 'This case is at the highest review level: decide it', { level: found.level });
    return [
      { type: reviewCaseEventTypes.escalated, data: { caseId: command.caseId, fromLevel: found.level, toLevel: found.level + 1, reason: reason!, escalatedBy: operator(command.reviewer) } },
    ];
  }
  const decision = command.decision === 'approve' ? 'approved' : 'rejected';
  return [
    {
      type: reviewCaseEventTypes.decided,
      data: {
        caseId: command.caseId,
        target: found.target,
        decision,
        ...(reason ? { reason } : {}),
        level: found.level,
        reviewer: operator(command.reviewer),
        overturnsAutomaticVerdict: overturns(decision, found.automaticVerdict),
      },
    },
  ];
}

function evolve(state: ReviewCaseState, event: ReviewCaseEvent): ReviewCaseState {
  if (event.type === reviewCaseEventTypes.opened) {
    const { target, level, priority, automaticVerdict, openedBy, source } = event.data;
    return { status: 'open', target, level, priority, holder: null, reporters: source === 'report' ? [reporterKey(openedBy)] : [], automaticVerdict: automaticVerdict?.verdict ?? null };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case reviewCaseEventTypes.reportAttached:
      return { ...state, priority: event.data.priority, reporters: [...state.reporters, reporterKey(event.data.reportedBy)] };
    case reviewCaseEventTypes.claimed:
      return { ...state, holder: event.data.moderator };
    case reviewCaseEventTypes.released:
      return { ...state, holder: null };
    case reviewCaseEventTypes.escalated:
      return { ...state, level: event.data.toLevel, holder: null };
    case reviewCaseEventTypes.decided:
      return { ...state, status: 'closed', holder: null };
  }
}

export const reviewCaseDecider: Decider<ReviewCaseCommand, ReviewCaseEvent, ReviewCaseState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    switch (command.type) {
      case 'OpenScreeningCase':
      case 'OpenReportCase':
        return openCase(command, state);
      case 'AttachReport':
        return attachReport(command, state);
      case 'ClaimCase':
        return claim(command, state);
      case 'ReleaseCase':
        return release(command, state);
      case 'DecideCase':
        return decideCase(command, state);
    }
  },
  evolve,
};
