import { foldEvents } from '@groundswell/event-store';
import { deciderSpec } from '@groundswell/event-store/testing';
import { checkSla, crisisAlertDecider, type RecordFirstResponse } from './crisis-alert.decider';
import { crisisAlertEventTypes, type CrisisAlertEvent } from './crisis-alert.events';
import { CrisisError } from './crisis.error';
import { aCommunityId, acknowledgedEvent, anAlertId, anEscalationList, firstResponseEvent, minutesAfterTen, raiseCommand, raisedEvent, resolvedEvent, tenOClock } from './testing/crisis-alert.factory';

const statement = '我们已关注到相关反馈，正在全面核查，今晚18点前公布进展。';
const respond = (minutes: number, overrides: Partial<RecordFirstResponse> = {}): RecordFirstResponse => ({
  type: 'RecordFirstResponse',
  channel: 'social_platform',
  statement,
  by: 'u-pr-lead',
  at: minutesAfterTen(minutes),
  escalationList: [],
  ...overrides,
});
const breachedEvent = (minutes: number): CrisisAlertEvent => ({
  type: crisisAlertEventTypes.slaBreached,
  data: { alertId: anAlertId, communityId: aCommunityId, raisedAt: tenOClock.toISOString(), responseDueAt: minutesAfterTen(30).toISOString(), slaMinutes: 30, detectedAt: minutesAfterTen(minutes).toISOString() },
});
const escalatedEvent = (reason: 'raised' | 'sla_breached' | 'manual', recipients: Array<{ department: 'pr' | 'legal' | 'customer_service'; contact: string }>, minutes: number, note?: string): CrisisAlertEvent => ({
  type: crisisAlertEventTypes.escalated,
  data: { alertId: anAlertId, communityId: aCommunityId, severity: 'high', reason, recipients, ...(note ? { note } : {}), escalatedAt: minutesAfterTen(minutes).toISOString() },
});
const pr = { department: 'pr' as const, contact: 'u-pr-lead' };
const cs = { department: 'customer_service' as const, contact: 'u-cs-lead' };
const legal = { department: 'legal' as const, contact: 'u-counsel' };

describe('crisisAlertDecider', () => {
  const spec = deciderSpec(crisisAlertDecider);

  describe('RaiseCrisisAlert', () => {
    it('should raise the alert with its response deadline', () => {
      spec.given([]).when(raiseCommand()).then([raisedEvent()]);
    });

    it('should notify the escalation contacts whose minimum severity the alert reaches', () => {
      spec.given([]).when(raiseCommand({ escalationList: anEscalationList })).then([raisedEvent(), escalatedEvent('raised', [pr, cs], 0)]);
    });

    it('should refuse to raise the same alert twice', () => {
      spec.given([raisedEvent()]).when(raiseCommand()).thenThrows(CrisisError, 'ALERT_EXISTS');
    });
  });

  describe('AcknowledgeCrisisAlert', () => {
    it('should record who took it on, with a reassessed severity and type', () => {
      spec
        .given([raisedEvent()])
        .when({ type: 'AcknowledgeCrisisAlert', by: 'u-lead', at: minutesAfterTen(5), severity: 'critical', crisisType: 'product_quality' })
        .then([{ type: crisisAlertEventTypes.acknowledged, data: { alertId: anAlertId, acknowledgedBy: 'u-lead', acknowledgedAt: minutesAfterTen(5).toISOString(), severity: 'critical', crisisType: 'product_quality' } }]);
    });

    it('should keep the first acknowledgement', () => {
      spec.given([raisedEvent(), acknowledgedEvent()]).when({ type: 'AcknowledgeCrisisAlert', by: 'u-other', at: minutesAfterTen(6) }).then([]);
    });

    it('should refuse an unknown or resolved alert', () => {
      spec.given([]).when({ type: 'AcknowledgeCrisisAlert', by: 'u-lead', at: tenOClock }).thenThrows(CrisisError, 'ALERT_NOT_FOUND');
      spec.given([raisedEvent(), resolvedEvent('false_alarm')]).when({ type: 'AcknowledgeCrisisAlert', by: 'u-lead', at: tenOClock }).thenThrows(CrisisError, 'ALERT_RESOLVED');
    });
  });

  describe('RecordFirstResponse (S10)', () => {
    it('should be within the SLA at 25 minutes', () => {
      spec.given([raisedEvent(), acknowledgedEvent()]).when(respond(25)).then([firstResponseEvent(25)]);
    });

    it('should be within the SLA at exactly 30 minutes', () => {
      spec.given([raisedEvent(), acknowledgedEvent()]).when(respond(30)).then([firstResponseEvent(30)]);
    });

    it('should record the breach first at 31 minutes when no check has, escalating to everyone listed', () => {
      spec
        .given([raisedEvent(), acknowledgedEvent()])
        .when(respond(31, { escalationList: anEscalationList }))
        .then([breachedEvent(31), escalatedEvent('sla_breached', [pr, legal, cs], 31), firstResponseEvent(31)]);
    });

    it('should not record the breach again when a check already did', () => {
      spec.given([raisedEvent(), acknowledgedEvent(), breachedEvent(31)]).when(respond(40)).then([firstResponseEvent(40)]);
    });

    it('should refuse an empty statement, a response before the alert, or before acknowledging', () => {
      spec.given([raisedEvent(), acknowledgedEvent()]).when(respond(25, { statement: '  ' })).thenThrows(CrisisError, 'TEXT_INVALID');
      spec.given([raisedEvent(), acknowledgedEvent()]).when(respond(-1)).thenThrows(CrisisError, 'RESPONSE_BEFORE_ALERT');
      spec.given([raisedEvent()]).when(respond(25)).thenThrows(CrisisError, 'ALERT_NOT_ACKNOWLEDGED');
    });

    it('should refuse a second first response, and any on an unknown or resolved alert', () => {
      spec.given([raisedEvent(), acknowledgedEvent(), firstResponseEvent(25)]).when(respond(26)).thenThrows(CrisisError, 'FIRST_RESPONSE_RECORDED');
      spec.given([]).when(respond(25)).thenThrows(CrisisError, 'ALERT_NOT_FOUND');
      spec.given([raisedEvent(), resolvedEvent('false_alarm')]).when(respond(25)).thenThrows(CrisisError, 'ALERT_RESOLVED');
    });
  });

  describe('CheckCrisisSla', () => {
    const check = (minutes: number) => ({ type: 'CheckCrisisSla' as const, at: minutesAfterTen(minutes), escalationList: [] });

    it('should record nothing before the deadline and the breach after it, once', () => {
      spec.given([raisedEvent()]).when(check(30)).then([]);
      spec.given([raisedEvent()]).when(check(31)).then([breachedEvent(31)]);
      spec.given([raisedEvent(), acknowledgedEvent(), breachedEvent(31)]).when(check(45)).then([]);
    });

    it('should record nothing once responded or resolved', () => {
      spec.given([raisedEvent(), acknowledgedEvent(), firstResponseEvent(25)]).when(check(31)).then([]);
      spec.given([raisedEvent(), resolvedEvent('false_alarm')]).when(check(31)).then([]);
    });

    it('should refuse an unknown alert', () => {
      spec.given([]).when(check(31)).thenThrows(CrisisError, 'ALERT_NOT_FOUND');
    });
  });

  describe(checkSla.name, () => {
    it('should decide from the state and the clock alone', () => {
      const state = foldEvents(crisisAlertDecider, [raisedEvent()]);
      expect(checkSla(state, minutesAfterTen(29))).toEqual([]);
      expect(checkSla(state, minutesAfterTen(31))).toEqual([breachedEvent(31)]);
      expect(checkSla(crisisAlertDecider.initialState(), minutesAfterTen(31))).toEqual([]);
    });
  });

  describe('EscalateCrisisAlert', () => {
    const escalate = (departments: Array<'legal' | 'product'>, note?: string) => ({ type: 'EscalateCrisisAlert' as const, departments, note, escalationList: anEscalationList, at: minutesAfterTen(12) });

    it('should notify everyone listed in the departments named, with the note', () => {
      spec.given([raisedEvent()]).when(escalate(['legal'], ' 请法务评估声明措辞 ')).then([escalatedEvent('manual', [legal], 12, '请法务评估声明措辞')]);
    });

    it('should refuse departments with nobody on the list, an empty note, and closed or unknown alerts', () => {
      spec.given([raisedEvent()]).when(escalate(['product'])).thenThrows(CrisisError, 'NO_ESCALATION_RECIPIENTS');
      spec.given([raisedEvent()]).when(escalate([])).thenThrows(CrisisError, 'NO_ESCALATION_RECIPIENTS');
      spec.given([raisedEvent()]).when(escalate(['legal'], ' ')).thenThrows(CrisisError, 'TEXT_INVALID');
      spec.given([raisedEvent(), resolvedEvent('false_alarm')]).when(escalate(['legal'])).thenThrows(CrisisError, 'ALERT_RESOLVED');
      spec.given([]).when(escalate(['legal'])).thenThrows(CrisisError, 'ALERT_NOT_FOUND');
    });
  });

  describe('ResolveCrisisAlert', () => {
    const resolve = (outcome: 'handled' | 'false_alarm', summary = '已退款并公开整改措施') => ({ type: 'ResolveCrisisAlert' as const, outcome, summary, by: 'u-lead', at: minutesAfterTen(180) });

    it('should resolve a crisis handled with a response', () => {
      spec.given([raisedEvent(), acknowledgedEvent(), firstResponseEvent(25)]).when(resolve('handled')).then([resolvedEvent('handled')]);
    });

    it('should close a false alarm without a response', () => {
      spec.given([raisedEvent()]).when(resolve('false_alarm')).then([resolvedEvent('false_alarm')]);
    });

    it('should refuse a handled resolution without a response, an empty summary, twice, or unknown', () => {
      spec.given([raisedEvent(), acknowledgedEvent()]).when(resolve('handled')).thenThrows(CrisisError, 'FIRST_RESPONSE_REQUIRED');
      spec.given([raisedEvent()]).when(resolve('false_alarm', '')).thenThrows(CrisisError, 'TEXT_INVALID');
      spec.given([raisedEvent(), resolvedEvent('false_alarm')]).when(resolve('false_alarm')).thenThrows(CrisisError, 'ALERT_RESOLVED');
      spec.given([]).when(resolve('false_alarm')).thenThrows(CrisisError, 'ALERT_NOT_FOUND');
    });
  });

  describe('AddPostMortemNote', () => {
    const note = (overrides: { note?: string; lessons?: string[] } = {}) => ({
      type: 'AddPostMortemNote' as const,
      noteId: 'n1',
      note: overrides.note ?? '首次声明及时，但客服口径不一致',
      lessons: overrides.lessons ?? ['统一客服话术', '提前准备声明模板'],
      by: 'u-lead',
      at: minutesAfterTen(1440),
    });

    it('should add a note with its lessons after the resolution', () => {
      spec.given([raisedEvent(), resolvedEvent('false_alarm')]).when(note()).then([
        {
          type: crisisAlertEventTypes.postMortemNoteAdded,
          data: { alertId: anAlertId, noteId: 'n1', note: '首次声明及时，但客服口径不一致', lessons: ['统一客服话术', '提前准备声明模板'], writtenBy: 'u-lead', writtenAt: minutesAfterTen(1440).toISOString() },
        },
      ]);
    });

    it('should refuse a note before the resolution, an empty one or an empty lesson, and an unknown alert', () => {
      spec.given([raisedEvent()]).when(note()).thenThrows(CrisisError, 'ALERT_NOT_RESOLVED');
      spec.given([raisedEvent(), resolvedEvent('false_alarm')]).when(note({ note: '' })).thenThrows(CrisisError, 'TEXT_INVALID');
      spec.given([raisedEvent(), resolvedEvent('false_alarm')]).when(note({ lessons: [' '] })).thenThrows(CrisisError, 'TEXT_INVALID');
      spec.given([]).when(note()).thenThrows(CrisisError, 'ALERT_NOT_FOUND');
    });
  });
});
