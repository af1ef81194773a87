import type { CrisisIndicator, CrisisSeverity } from '@groundswell/events';
import { dayOf, type Day, type Period } from '../calendar';
import type { ModerationFactRecord } from '../kpi-facts';

/** A crisis alert as its recorded steps tell it; only alerts whose raising is known are kept. */
export interface CrisisAlertHistory {
  alertId: string;
  raisedAt: Date;
  indicator: CrisisIndicator;
  value: number;
  /** The latest severity assessed, and when; an escalation may raise it. */
  severities: Array<{ at: Date; severity: CrisisSeverity }>;
  firstResponse?: { minutes: number; withinSla: boolean };
  slaBreached: boolean;
  resolvedAt?: Date;
}

/** Folds the steps (ordered by when they happened) into one history per alert. */
export function crisisAlertHistories(steps: ReadonlyArray<ModerationFactRecord<'crisisAlert'>>): CrisisAlertHistory[] {
  const raised = new Map<string, CrisisAlertHistory>();
  for (const step of steps) {
    if (step.change === 'raised' && step.indicator && step.value !== undefined && step.severity && !raised.has(step.alertId)) {
      raised.set(step.alertId, { alertId: step.alertId, raisedAt: step.at, indicator: step.indicator, value: step.value, severities: [], slaBreached: false });
    }
  }
  for (const step of steps) {
    const alert = raised.get(step.alertId);
    if (!alert) continue;
    if (step.severity) alert.severities.push({ at: step.at, severity: step.severity });
    if (step.change === 'first_response' && !alert.firstResponse && step.responseMinutes !== undefined) {
      alert.firstResponse = { minutes: step.responseMinutes, withinSla: step.withinSla === true };
    }
    if (step.change === 'sla_breached') alert.slaBreached = true;
    if (step.change === 'resolved' && !alert.resolvedAt) alert.resolvedAt = step.at;
  }
  return [...raised.values()];
}

export function raisedIn(alerts: readonly CrisisAlertHistory[], period: Period): CrisisAlertHistory[] {
  return alerts.filter((alert) => inPeriod(dayOf(alert.raisedAt), period));
}

/** Met: the first official response came within the SLA and no breach was recorded; undefined while neither is known. */
export function slaOutcome(alert: CrisisAlertHistory): 'met' | 'missed' | undefined {
  if (alert.slaBreached || (alert.firstResponse && !alert.firstResponse.withinSla)) return 'missed';
  return alert.firstResponse ? 'met' : undefined;
}

/** The severity assessed at `instant` (the raising's, or an escalation's before it). */
export function severityAt(alert: CrisisAlertHistory, instant: Date): CrisisSeverity | undefined {
  return alert.severities.filter((assessed) => assessed.at <= instant).at(-1)?.severity;
}

export const inPeriod = (day: Day, period: Period) => day >= period.start && day <= period.end;

/** The last instant of a period's last UTC day. */
export const endOfPeriod = (period: Period) => new Date(`${period.end}T23:59:59.999Z`);
