import { deciderSpec } from '@groundswell/event-store/testing';
import type { ModerationTarget } from '@groundswell/events';
import { reviewCaseDecider, type DecideCase, type OpenReportCase, type OpenScreeningCase } from './review-case.decider';
import { reviewCaseEventTypes, type ReviewCaseEvent } from './review-case.events';
import { ReviewQueueError } from './review-queue.error';

const caseId = 'c0000000-0000-4000-8000-000000000001';
const target: ModerationTarget = { kind: 'message', id: 'msg-1' };
const alice = { kind: 'member', id: 'm-alice' } as const;
const bob = { kind: 'member', id: 'm-bob' } as const;
const carol = { kind: 'operator', id: 'u-carol' } as const;

const openFromScreening = (verdict: 'censored' | 'needs_review' | 'blocked' = 'needs_review', riskScore = 0.5): OpenScreeningCase => ({
  type: 'OpenScreeningCase',
  caseId,
  target,
  automaticVerdict: { verdict, riskScore, screeningId: 's-1' },
});
const openFromReport = (overrides: Partial<OpenReportCase> = {}): OpenReportCase => ({
  type: 'OpenReportCase',
  caseId,
  target,
  reportId: 'r-1',
  category: 'spam',
  reporter: alice,
  ...overrides,
});
const decide = (decision: DecideCase['decision'], reason?: string, reviewer = 'u-mod'): DecideCase => ({ type: 'DecideCase', caseId, decision, reason, reviewer });

const screeningOpened = (verdict: 'censored' | 'needs_review' | 'blocked' = 'needs_review', priority: 'low' | 'normal' | 'high' | 'urgent' = 'normal'): ReviewCaseEvent => ({
  type: reviewCaseEventTypes.opened,
  data: { caseId, target, level: 1, source: 'screening', priority, automaticVerdict: { verdict, riskScore: 0.5, screeningId: 's-1' }, openedBy: { kind: 'system', id: 'screening' } },
});
const reportOpened: ReviewCaseEvent = {
  type: reviewCaseEventTypes.opened,
  data: { caseId, target, level: 1, source: 'report', priority: 'normal', reportId: 'r-1', openedBy: alice },
};
const claimed = (moderator = 'u-mod'): ReviewCaseEvent => ({ type: reviewCaseEventTypes.claimed, data: { caseId, moderator } });
const released = (moderator = 'u-mod'): ReviewCaseEvent => ({ type: reviewCaseEventTypes.released, data: { caseId, moderator } });
const escalated = (fromLevel: number): ReviewCaseEvent => ({
  type: reviewCaseEventTypes.escalated,
  data: { caseId, fromLevel, toLevel: fromLevel + 1, reason: 'needs a senior eye', escalatedBy: { kind: 'operator', id: 'u-mod' } },
});
const decided = (decision: 'approved' | 'rejected', overrides: Record<string, unknown> = {}): ReviewCaseEvent => ({
  type: reviewCaseEventTypes.decided,
  data: { caseId, target, decision, level: 1, reviewer: { kind: 'operator', id: 'u-mod' }, overturnsAutomaticVerdict: false, ...overrides },
});

describe('reviewCaseDecider', () => {
  const spec = deciderSpec(reviewCaseDecider);

  describe('OpenScreeningCase', () => {
    it('should open a level-1 case carrying the automatic verdict, prioritised by it', () => {
      spec.given([]).when(openFromScreening()).then([screeningOpened()]);
      spec.given([]).when(openFromScreening('blocked', 0.5)).then([{ ...screeningOpened('blocked', 'high') }]);
    });

    it('should put a near-certain block first and a censored text last', () => {
      const [urgent] = reviewCaseDecider.decide(openFromScreening('blocked', 0.95), reviewCaseDecider.initialState());
      const [low] = reviewCaseDecider.decide(openFromScreening('censored', 0.3), reviewCaseDecider.initialState());
      expect([urgent!.data, low!.data]).toMatchObject([{ priority: 'urgent' }, { priority: 'low' }]);
    });

    it('should refuse to open a case twice', () => {
      spec.given([screeningOpened()]).when(openFromScreening()).thenThrows(ReviewQueueError, 'CASE_EXISTS');
    });
  });

  describe('OpenReportCase', () => {
    it('should open a case naming the report and its reporter', () => {
      spec.given([]).when(openFromReport()).then([reportOpened]);
    });

    it('should raise fraud and political reports to high priority at once', () => {
      spec.given([]).when(openFromReport({ category: 'fraud' })).then([{ ...reportOpened, data: { ...reportOpened.data, priority: 'high' } } as ReviewCaseEvent]);
    });

    it('should refuse to open a case twice', () => {
      spec.given([reportOpened]).when(openFromReport()).thenThrows(ReviewQueueError, 'CASE_EXISTS');
    });
  });

  describe('AttachReport', () => {
    const attach = (reporter: typeof alice | typeof bob | typeof carol, reportId: string) => ({ type: 'AttachReport' as const, caseId, reportId, category: 'spam' as const, reporter });
    const attached = (reportedBy: typeof bob | typeof carol, reportId: string, priority: 'normal' | 'high'): ReviewCaseEvent => ({
      type: reviewCaseEventTypes.reportAttached,
      data: { caseId, reportId, reportedBy, priority },
    });

    it('should join another reporter to the open case, and raise it to high at the third reporter', () => {
      spec.given([reportOpened]).when(attach(bob, 'r-2')).then([attached(bob, 'r-2', 'normal')]);
      spec.given([reportOpened, attached(bob, 'r-2', 'normal')]).when(attach(carol, 'r-3')).then([attached(carol, 'r-3', 'high')]);
    });

    it('should refuse a second report from the same reporter', () => {
      spec.given([reportOpened]).when(attach(alice, 'r-2')).thenThrows(ReviewQueueError, 'ALREADY_REPORTED');
    });

    it('should refuse to attach to a missing or decided case', () => {
      spec.given([]).when(attach(bob, 'r-2')).thenThrows(ReviewQueueError, 'CASE_NOT_FOUND');
      spec.given([reportOpened, claimed(), decided('approved')]).when(attach(bob, 'r-2')).thenThrows(ReviewQueueError, 'CASE_CLOSED');
    });
  });

  describe('ClaimCase', () => {
    const claim = (moderator: string) => ({ type: 'ClaimCase' as const, caseId, moderator });

    it('should give an unclaimed case to the moderator, and again after a release', () => {
      spec.given([screeningOpened()]).when(claim('u-mod')).then([claimed()]);
      spec.given([screeningOpened(), claimed('u-other'), released('u-other')]).when(claim('u-mod')).then([claimed()]);
    });

    it('should change nothing when the holder claims again', () => {
      spec.given([screeningOpened(), claimed()]).when(claim('u-mod')).then([]);
    });

    it('should refuse a case another moderator holds', () => {
      spec.given([screeningOpened(), claimed('u-other')]).when(claim('u-mod')).thenThrows(ReviewQueueError, 'CASE_HELD');
    });

    it('should refuse a missing or decided case', () => {
      spec.given([]).when(claim('u-mod')).thenThrows(ReviewQueueError, 'CASE_NOT_FOUND');
      spec.given([screeningOpened(), claimed(), decided('approved')]).when(claim('u-mod')).thenThrows(ReviewQueueError, 'CASE_CLOSED');
    });
  });

  describe('ReleaseCase', () => {
    const release = (moderator: string) => ({ type: 'ReleaseCase' as const, caseId, moderator });

    it('should put the holder’s case back in the queue', () => {
      spec.given([screeningOpened(), claimed()]).when(release('u-mod')).then([released()]);
    });

    it('should refuse to release a case one does not hold', () => {
      spec.given([screeningOpened()]).when(release('u-mod')).thenThrows(ReviewQueueError, 'CASE_NOT_HELD');
      spec.given([screeningOpened(), claimed('u-other')]).when(release('u-mod')).thenThrows(ReviewQueueError, 'CASE_NOT_HELD');
    });

    it('should refuse a missing or decided case', () => {
      spec.given([]).when(release('u-mod')).thenThrows(ReviewQueueError, 'CASE_NOT_FOUND');
      spec.given([screeningOpened(), claimed(), decided('rejected', { reason: 'ads' })]).when(release('u-mod')).thenThrows(ReviewQueueError, 'CASE_CLOSED');
    });
  });

  describe('DecideCase', () => {
    it('should approve with the reviewer named, without a reason needed', () => {
      spec.given([screeningOpened(), claimed()]).when(decide('approve')).then([decided('approved')]);
    });

    it('should reject with the trimmed reason', () => {
      spec.given([reportOpened, claimed()]).when(decide('reject', '  广告引流 ')).then([decided('rejected', { reason: '广告引流' })]);
    });

    it('should record that approving a blocked or censored text overturns screening, and that confirming it does not', () => {
      spec.given([screeningOpened('blocked', 'high'), claimed()]).when(decide('approve')).then([decided('approved', { overturnsAutomaticVerdict: true })]);
      spec.given([screeningOpened('censored', 'low'), claimed()]).when(decide('approve')).then([decided('approved', { overturnsAutomaticVerdict: true })]);
      spec.given([screeningOpened('blocked', 'high'), claimed()]).when(decide('reject', 'confirmed')).then([decided('rejected', { reason: 'confirmed' })]);
    });

    it('should escalate to the next level, unclaimed, and decide there at that level', () => {
      spec.given([screeningOpened(), claimed()]).when(decide('escalate', 'needs a senior eye')).then([escalated(1)]);
      spec.given([screeningOpened(), claimed(), escalated(1), claimed('u-senior')]).when(decide('approve', undefined, 'u-senior')).then([
        decided('approved', { level: 2, reviewer: { kind: 'operator', id: 'u-senior' } }),
      ]);
      spec.given([screeningOpened(), claimed(), escalated(1)]).when(decide('approve')).thenThrows(ReviewQueueError, 'CASE_NOT_HELD');
    });

    it('should refuse to escalate past the highest level', () => {
      spec.given([screeningOpened(), claimed(), escalated(1), claimed(), escalated(2), claimed()]).when(decide('escalate', 'still unsure')).thenThrows(ReviewQueueError, 'TOP_LEVEL_REACHED');
    });

    it('should require a reason to reject or escalate, and refuse an overlong one', () => {
      spec.given([screeningOpened(), claimed()]).when(decide('reject', '  ')).thenThrows(ReviewQueueError, 'REASON_REQUIRED');
      spec.given([screeningOpened(), claimed()]).when(decide('escalate')).thenThrows(ReviewQueueError, 'REASON_REQUIRED');
      spec.given([screeningOpened(), claimed()]).when(decide('reject', 'x'.repeat(1001))).thenThrows(ReviewQueueError, 'REASON_TOO_LONG');
    });

    it('should refuse a decision by anyone but the holder', () => {
      spec.given([screeningOpened()]).when(decide('approve')).thenThrows(ReviewQueueError, 'CASE_NOT_HELD');
      spec.given([screeningOpened(), claimed('u-other')]).when(decide('approve')).thenThrows(ReviewQueueError, 'CASE_NOT_HELD');
    });

    it('should refuse a missing or decided case', () => {
      spec.given([]).when(decide('approve')).thenThrows(ReviewQueueError, 'CASE_NOT_FOUND');
      spec.given([screeningOpened(), claimed(), decided('approved')]).when(decide('approve')).thenThrows(ReviewQueueError, 'CASE_CLOSED');
    });
  });
});
