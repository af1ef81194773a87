import { AppealDecidedV1, AppealFiledV1, CaseDecidedV1, CaseEscalatedV1, CaseOpenedV1, CrisisAlertEscalatedV1, CrisisAlertRaisedV1, CrisisAlertResolvedV1, CrisisFirstResponseRecordedV1, CrisisSlaBreachedV1, ReportFiledV1, SanctionAppliedV1, SanctionExpiredV1, SanctionLiftedV1, type CrisisIndicator, type CrisisSeverity, type EventEnvelope, type ReportCategory, type SanctionKind } from '@groundswell/events';

/** A review case opened, moved up a level, or closed (approved: acceptable; rejected: a confirmed violation). */
export interface CaseFact {
  kind: 'case';
  caseId: string;
  change: 'opened' | 'escalated' | 'approved' | 'rejected';
  level: number;
}

export interface ReportFact {
  kind: 'report';
  reportId: string;
  caseId: string;
  category: ReportCategory;
}

export interface SanctionFact {
  kind: 'sanction';
  sanctionId: string;
  memberId: string;
  change: 'applied' | 'lifted' | 'expired';
  /** Absent on an expiry, which only mutes have. */
  sanctionKind?: SanctionKind;
}

export interface AppealFact {
  kind: 'appeal';
  appealId: string;
  sanctionId: string;
  change: 'filed' | 'upheld' | 'rejected';
}

/** One step of a crisis alert's life; each step carries what the KPIs read of it. */
export interface CrisisAlertFact {
  kind: 'crisisAlert';
  alertId: string;
  change: 'raised' | 'escalated' | 'first_response' | 'sla_breached' | 'resolved';
  indicator?: CrisisIndicator;
  /** The indicator's reading over its window when the alert was raised (a share 0–1, or a count). */
  value?: number;
  severity?: CrisisSeverity;
  responseMinutes?: number;
  withinSla?: boolean;
}

export type ModerationFact = CaseFact | ReportFact | SanctionFact | AppealFact | CrisisAlertFact;

/** A fact with the community it belongs to (none for a tenant-wide ban, an appeal, or a target seen without one). */
export interface ScopedModerationFact {
  communityId: string | null;
  fact: ModerationFact;
}

/**
 * Reads the moderation facts out of one decoded moderation event. The incremental projection and the
 * batch computation both use it, so they agree on what an event means. Screening verdicts and the
 * crisis monitors' per-message observations stay inside the moderation service: only their
 * outcomes (cases, alerts) reach analytics.
 */
export function moderationFactOf(event: EventEnvelope): ScopedModerationFact | undefined {
  if (ReportFiledV1.is(event)) {
    const { reportId, caseId, category, target } = event.data;
    return { communityId: target.communityId ?? null, fact: { kind: 'report', reportId, caseId, category } };
  }
  if (CaseOpenedV1.is(event)) {
    const { caseId, level, target } = event.data;
    return { communityId: target.communityId ?? null, fact: { kind: 'case', caseId, change: 'opened', level } };
  }
  if (CaseEscalatedV1.is(event)) return { communityId: null, fact: { kind: 'case', caseId: event.data.caseId, change: 'escalated', level: event.data.toLevel } };
  if (CaseDecidedV1.is(event)) {
    const { caseId, level, target, decision } = event.data;
    return { communityId: target.communityId ?? null, fact: { kind: 'case', caseId, change: decision, level } };
  }
  if (SanctionAppliedV1.is(event)) {
    const { sanctionId, memberId, kind, communityId } = event.data;
    return { communityId: communityId ?? null, fact: { kind: 'sanction', sanctionId, memberId, change: 'applied', sanctionKind: kind } };
  }
  if (SanctionLiftedV1.is(event)) {
    const { sanctionId, memberId, kind, communityId } = event.data;
    return { communityId: communityId ?? null, fact: { kind: 'sanction', sanctionId, memberId, change: 'lifted', sanctionKind: kind } };
  }
  if (SanctionExpiredV1.is(event)) {
    const { sanctionId, memberId, communityId } = event.data;
    return { communityId, fact: { kind: 'sanction', sanctionId, memberId, change: 'expired' } };
  }
  if (AppealFiledV1.is(event)) return { communityId: null, fact: { kind: 'appeal', appealId: event.data.appealId, sanctionId: event.data.sanctionId, change: 'filed' } };
  if (AppealDecidedV1.is(event)) {
    const { appealId, sanctionId, outcome } = event.data;
    return { communityId: null, fact: { kind: 'appeal', appealId, sanctionId, change: outcome } };
  }
  return crisisAlertFactOf(event);
}

function crisisAlertFactOf(event: EventEnvelope): ScopedModerationFact | undefined {
  const alert = (data: { alertId: string; communityId: string }, facts: Omit<CrisisAlertFact, 'kind' | 'alertId'>): ScopedModerationFact => ({
    communityId: data.communityId,
    fact: { kind: 'crisisAlert', alertId: data.alertId, ...facts },
  });
  if (CrisisAlertRaisedV1.is(event)) {
    const { indicator, value, severity } = event.data;
    return alert(event.data, { change: 'raised', indicator, value, severity });
  }
  if (CrisisAlertEscalatedV1.is(event)) return alert(event.data, { change: 'escalated', severity: event.data.severity });
  if (CrisisFirstResponseRecordedV1.is(event)) {
    const { responseMinutes, withinSla } = event.data;
    return alert(event.data, { change: 'first_response', responseMinutes, withinSla });
  }
  if (CrisisSlaBreachedV1.is(event)) return alert(event.data, { change: 'sla_breached' });
  if (CrisisAlertResolvedV1.is(event)) return alert(event.data, { change: 'resolved' });
  return undefined;
}
