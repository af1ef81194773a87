import { randomUUID } from 'node:crypto';
import { AppealDecidedV1, CaseDecidedV1, CaseEscalatedV1, CaseOpenedV1, CrisisAlertRaisedV1, CrisisAlertResolvedV1, CrisisFirstResponseRecordedV1, CrisisSlaBreachedV1, ReportFiledV1, SanctionAppliedV1, type CrisisIndicator, type CrisisSeverity, type EventEnvelope } from '@groundswell/events';
import { metadata, type When as Timing } from './event-metadata';

/** Test data only: envelopes as the moderation service publishes them. */
type When = Timing & { communityId: string };

const moderator = { kind: 'operator' as const, id: 'moderator-1' };
const minute = 60_000;

const contentTarget = (when: When) => ({ kind: 'content' as const, id: `post-${randomUUID()}`, communityId: when.communityId });

export function aCaseOpened(when: When & { caseId: string }): EventEnvelope {
  return CaseOpenedV1.create(
    {
      caseId: when.caseId,
      target: contentTarget(when),
      source: 'screening',
      priority: 'normal',
      level: 1,
      automaticVerdict: { verdict: 'needs_review', riskScore: 0.8, screeningId: `screening-${when.caseId}` },
      openedBy: { kind: 'system', id: 'screening' },
    },
    metadata(when, `review-case-${when.caseId}`),
  );
}

export function aCaseEscalated(when: When & { caseId: string }): EventEnvelope {
  return CaseEscalatedV1.create(
    { caseId: when.caseId, fromLevel: 1, toLevel: 2, reason: '需要二級審核', escalatedBy: moderator },
    metadata(when, `review-case-${when.caseId}`, 2),
  );
}

export function aCaseDecided(when: When & { caseId: string; decision: 'approved' | 'rejected'; level?: number }): EventEnvelope {
  return CaseDecidedV1.create(
    {
      caseId: when.caseId,
      target: contentTarget(when),
      decision: when.decision,
      ...(when.decision === 'rejected' ? { reason: '廣告引流' } : {}),
      level: when.level ?? 1,
      reviewer: moderator,
      overturnsAutomaticVerdict: when.decision === 'approved',
    },
    metadata(when, `review-case-${when.caseId}`, (when.level ?? 1) + 1),
  );
}

export function aReportFiled(when: When & { caseId: string }): EventEnvelope {
  return ReportFiledV1.create(
    { reportId: randomUUID(), caseId: when.caseId, target: contentTarget(when), category: 'ads', reportedBy: { kind: 'member', id: randomUUID() } },
    metadata(when, `report-${when.caseId}`),
  );
}

export function aSanctionApplied(when: When & { memberId?: string }): EventEnvelope {
  const sanctionId = randomUUID();
  return SanctionAppliedV1.create(
    {
      sanctionId,
      memberId: when.memberId ?? randomUUID(),
      kind: 'mute',
      communityId: when.communityId,
      durationMinutes: 60,
      expiresAt: new Date(Date.parse(when.at) + 60 * minute).toISOString(),
      ruleId: 'MOD-02',
      reason: '群內發廣告',
      notice: '你因在群內發布廣告被禁言 1 小時;如有異議,可在 7 天內申訴。',
      appliedBy: moderator,
      appliedAt: when.at,
    },
    metadata(when, `member-sanctions-${sanctionId}`),
  );
}

export function anAppealDecided(when: When & { outcome: 'upheld' | 'rejected' }): EventEnvelope {
  return AppealDecidedV1.create(
    { appealId: randomUUID(), sanctionId: randomUUID(), memberId: randomUUID(), outcome: when.outcome, reason: '複核結論', reviewer: { kind: 'operator', id: 'moderator-2' } },
    metadata(when, `appeal-${randomUUID()}`),
  );
}

/** An alert raised at `at` with a 30-minute response SLA. */
export function aCrisisAlertRaised(
  when: When & { alertId: string; indicator?: CrisisIndicator; value?: number; severity?: CrisisSeverity },
): EventEnvelope {
  return CrisisAlertRaisedV1.create(
    {
      alertId: when.alertId,
      communityId: when.communityId,
      indicator: when.indicator ?? 'negative_share',
      value: when.value ?? 0.42,
      threshold: when.indicator === 'keyword_surge' ? 20 : 0.3,
      severity: when.severity ?? 'high',
      crisisType: 'negative_opinion',
      thresholdsVersion: 0,
      raisedAt: when.at,
      slaMinutes: 30,
      responseDueAt: new Date(Date.parse(when.at) + 30 * minute).toISOString(),
    },
    metadata(when, `crisis-alert-${when.alertId}`),
  );
}

/** The first official response `minutes` after an alert raised at `raisedAt` with a 30-minute SLA. */
export function aCrisisFirstResponse(when: Omit<When, 'at'> & { alertId: string; raisedAt: string; minutes: number }): EventEnvelope {
  const respondedAt = new Date(Date.parse(when.raisedAt) + when.minutes * minute).toISOString();
  return CrisisFirstResponseRecordedV1.create(
    {
      alertId: when.alertId,
      communityId: when.communityId,
      channel: 'community',
      statement: '我們已關注到大家反映的問題,正在核實,將於今天內公布處理進展。',
      respondedAt,
      responseMinutes: when.minutes,
      withinSla: when.minutes <= 30,
      respondedBy: 'operator-pr',
    },
    metadata({ ...when, at: respondedAt, recordedAt: when.recordedAt ?? respondedAt }, `crisis-alert-${when.alertId}`, 3),
  );
}

/** The SLA clock noticed no response 30 minutes after `raisedAt`. */
export function aCrisisSlaBreached(when: Omit<When, 'at'> & { alertId: string; raisedAt: string }): EventEnvelope {
  const due = new Date(Date.parse(when.raisedAt) + 30 * minute).toISOString();
  return CrisisSlaBreachedV1.create(
    { alertId: when.alertId, communityId: when.communityId, raisedAt: when.raisedAt, responseDueAt: due, slaMinutes: 30, detectedAt: due },
    metadata({ ...when, at: due, recordedAt: when.recordedAt ?? due }, `crisis-alert-${when.alertId}`, 2),
  );
}

export function aCrisisAlertResolved(when: When & { alertId: string }): EventEnvelope {
  return CrisisAlertResolvedV1.create(
    { alertId: when.alertId, communityId: when.communityId, outcome: 'handled', summary: '已發布說明並完成退換貨安排。', resolvedAt: when.at, resolvedBy: 'operator-pr' },
    metadata(when, `crisis-alert-${when.alertId}`, 4),
  );
}
