import type { CrisisAlertEvent } from '../crisis-alert.events';
import { crisisAlertEventTypes } from '../crisis-alert.events';
import type { RaiseCrisisAlert } from '../crisis-alert.decider';
import type { EscalationContact } from '../crisis-escalation';

export const anAlertId = '0190c2f8-0000-7000-8000-0000000000a1';
export const aCommunityId = '0190c2f8-0000-7000-8000-0000000000c1';
/** 10:00 Beijing time, S10's alert. */
export const tenOClock = new Date('2026-12-03T02:00:00.000Z');
export const minutesAfterTen = (minutes: number) => new Date(tenOClock.getTime() + minutes * 60_000);

export const anEscalationList: EscalationContact[] = [
  { department: 'pr', contact: 'u-pr-lead', minimumSeverity: 'medium' },
  { department: 'legal', contact: 'u-counsel', minimumSeverity: 'critical' },
  { department: 'customer_service', contact: 'u-cs-lead', minimumSeverity: 'high' },
];

// What the raise command gives and the raised event records alike.
const alertFacts = {
  alertId: anAlertId,
  communityId: aCommunityId,
  indicator: 'negative_share',
  value: 0.45,
  threshold: 0.3,
  severity: 'high',
  crisisType: 'negative_opinion',
  thresholdsVersion: 0,
  slaMinutes: 30,
} as const;

export const raiseCommand = (overrides: Partial<RaiseCrisisAlert> = {}): RaiseCrisisAlert => ({
  type: 'RaiseCrisisAlert',
  ...alertFacts,
  escalationList: [],
  at: tenOClock,
  ...overrides,
});

export const raisedEvent = (data: Partial<Extract<CrisisAlertEvent, { type: typeof crisisAlertEventTypes.raised }>['data']> = {}): CrisisAlertEvent => ({
  type: crisisAlertEventTypes.raised,
  data: {
    ...alertFacts,
    raisedAt: tenOClock.toISOString(),
    responseDueAt: minutesAfterTen(30).toISOString(),
    ...data,
  },
});

export const acknowledgedEvent = (minutes = 5): CrisisAlertEvent => ({
  type: crisisAlertEventTypes.acknowledged,
  data: { alertId: anAlertId, acknowledgedBy: 'u-lead', acknowledgedAt: minutesAfterTen(minutes).toISOString(), severity: 'high', crisisType: 'negative_opinion' },
});

export const firstResponseEvent = (minutes = 25): CrisisAlertEvent => ({
  type: crisisAlertEventTypes.firstResponseRecorded,
  data: {
    alertId: anAlertId,
    communityId: aCommunityId,
    channel: 'social_platform',
    statement: '我们已关注到相关反馈，正在全面核查，今晚18点前公布进展。',
    respondedAt: minutesAfterTen(minutes).toISOString(),
    responseMinutes: minutes,
    withinSla: minutes <= 30,
    respondedBy: 'u-pr-lead',
  },
});

export const resolvedEvent = (outcome: 'handled' | 'false_alarm' = 'handled'): CrisisAlertEvent => ({
  type: crisisAlertEventTypes.resolved,
  data: { alertId: anAlertId, communityId: aCommunityId, outcome, summary: '已退款并公开整改措施', resolvedAt: minutesAfterTen(180).toISOString(), resolvedBy: 'u-lead' },
});
