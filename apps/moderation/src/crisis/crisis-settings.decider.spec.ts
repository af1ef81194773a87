import { deciderSpec } from '@groundswell/event-store/testing';
import { CrisisError } from './crisis.error';
import type { EscalationContact } from './crisis-escalation';
import { crisisSettingsDecider, type SetCrisisThresholds } from './crisis-settings.decider';
import { crisisSettingsEventTypes, type CrisisSettingsEvent } from './crisis-settings.events';
import { defaultCrisisThresholds, type CrisisThresholds } from './monitoring/crisis-thresholds';

const thresholds = (overrides: Partial<CrisisThresholds> = {}): CrisisThresholds => ({ ...defaultCrisisThresholds, ...overrides });
const set = (overrides: Partial<CrisisThresholds> = {}): SetCrisisThresholds => ({ type: 'SetCrisisThresholds', thresholds: thresholds(overrides), by: 'u-owner' });
const thresholdsSet = (version: number, overrides: Partial<CrisisThresholds> = {}): CrisisSettingsEvent => ({
  type: crisisSettingsEventTypes.thresholdsSet,
  data: { version, thresholds: thresholds(overrides), setBy: 'u-owner' },
});
const contacts: EscalationContact[] = [{ department: 'legal', contact: 'u-counsel', minimumSeverity: 'critical' }];

describe('crisisSettingsDecider', () => {
  const spec = deciderSpec(crisisSettingsDecider);

  describe('SetCrisisThresholds', () => {
    it('should set version 1 over the defaults, even when it equals them', () => {
      spec.given([]).when(set()).then([thresholdsSet(1)]);
    });

    it('should version each change and ignore a repeat', () => {
      spec.given([thresholdsSet(1)]).when(set({ negativeShare: 0.4 })).then([thresholdsSet(2, { negativeShare: 0.4 })]);
      spec.given([thresholdsSet(1), thresholdsSet(2, { negativeShare: 0.4 })]).when(set({ negativeShare: 0.4 })).then([]);
    });

    it('should trim watched topics and their keywords, dropping repeated keywords', () => {
      spec
        .given([])
        .when(set({ watchedTopics: [{ topic: ' 召回 ', keywords: [' 召回', '退货', '召回 '] }] }))
        .then([thresholdsSet(1, { watchedTopics: [{ topic: '召回', keywords: ['召回', '退货'] }] })]);
    });

    it.each<[string, Partial<CrisisThresholds>]>([
      ['a share above 1', { negativeShare: 1.2 }],
      ['a fractional window', { windowMinutes: 7.5 }],
      ['a re-arm ratio of 1, which leaves no hysteresis', { rearmRatio: 1 }],
      ['an SLA of zero minutes', { responseSlaMinutes: 0 }],
      ['a surge ratio that is not a number', { keywordSurgeRatio: Number.NaN }],
    ])('should refuse %s', (_, overrides) => {
      spec.given([]).when(set(overrides)).thenThrows(CrisisError, 'THRESHOLDS_INVALID');
    });

    it('should refuse a topic without keywords, an unnamed one and a repeated name', () => {
      spec.given([]).when(set({ watchedTopics: [{ topic: 'a', keywords: [] }] })).thenThrows(CrisisError, 'WATCHED_TOPICS_INVALID');
      spec.given([]).when(set({ watchedTopics: [{ topic: ' ', keywords: ['x'] }] })).thenThrows(CrisisError, 'WATCHED_TOPICS_INVALID');
      spec.given([]).when(set({ watchedTopics: [{ topic: 'a', keywords: ['x'] }, { topic: 'a', keywords: ['y'] }] })).thenThrows(CrisisError, 'WATCHED_TOPICS_INVALID');
    });
  });

  describe('SetEscalationList', () => {
    const setList = (list: EscalationContact[]) => ({ type: 'SetEscalationList' as const, contacts: list, by: 'u-owner' });

    it('should set the list, and ignore a repeat', () => {
      spec.given([]).when(setList(contacts)).then([{ type: crisisSettingsEventTypes.escalationListSet, data: { contacts, setBy: 'u-owner' } }]);
      spec.given([{ type: crisisSettingsEventTypes.escalationListSet, data: { contacts, setBy: 'u-owner' } }]).when(setList(contacts)).then([]);
    });

    it('should refuse a contact named twice in one department, or an empty contact', () => {
      spec.given([]).when(setList([...contacts, ...contacts])).thenThrows(CrisisError, 'ESCALATION_LIST_INVALID');
      spec.given([]).when(setList([{ department: 'pr', contact: ' ', minimumSeverity: 'medium' }])).thenThrows(CrisisError, 'ESCALATION_LIST_INVALID');
    });
  });
});
