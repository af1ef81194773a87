import { isDeepStrictEqual } from 'node:util';
import type { Decider } from '@groundswell/event-store';
import { CrisisError } from './crisis.error';
import type { EscalationContact } from './crisis-escalation';
import { crisisSettingsEventTypes, type CrisisSettingsEvent } from './crisis-settings.events';
import { defaultCrisisThresholds, type CrisisThresholds, type WatchedTopic } from './monitoring/crisis-thresholds';

export interface SetCrisisThresholds {
  type: 'SetCrisisThresholds';
  thresholds: CrisisThresholds;
  by: string;
}

export interface SetEscalationList {
  type: 'SetEscalationList';
  contacts: readonly EscalationContact[];
  by: string;
}

export type CrisisSettingsCommand = SetCrisisThresholds | SetEscalationList;

export interface CrisisSettingsState {
  /** 0 until the tenant sets its own: the defaults apply. */
  thresholdsVersion: number;
  thresholds: CrisisThresholds;
  escalationList: EscalationContact[];
}

type NumericThreshold = Exclude<keyof CrisisThresholds, 'watchedTopics'>;

// [min, max, whole number]
const ranges: Record<NumericThreshold, [number, number, boolean]> = {
  windowMinutes: [5, 1440, true],
  negativeShare: [0.01, 1, false],
  minimumMessages: [1, 100_000, true],
  keywordSurgeRatio: [1, 100, false],
  minimumKeywordMentions: [1, 100_000, true],
  baselineHours: [1, 720, true],
  reportsPerWindow: [1, 100_000, true],
  violationsPerWindow: [1, 100_000, true],
  rearmRatio: [0.1, 0.99, false],
  responseSlaMinutes: [1, 1440, true],
};

export const MAX_WATCHED_TOPICS = 50;
export const MAX_KEYWORDS_PER_TOPIC = 50;
export const MAX_ESCALATION_CONTACTS = 50;

function checkNumbers(thresholds: CrisisThresholds): void {
  for (const [name, [min, max, whole]] of Object.entries(ranges) as Array<[NumericThreshold, [number, number, boolean]]>) {
    const value = thresholds[name];
    if (!Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
      throw new CrisisError('THRESHOLDS_INVALID', `${name} must be ${whole ? 'a whole number ' : ''}between ${min} and ${max}`, { name, value });
    }
  }
}

function normaliseTopics(topics: readonly WatchedTopic[]): WatchedTopic[] {
  const normalised = topics.map(({ topic, keywords }) => ({ topic: topic.trim(), keywords: [...new Set(keywords.map((keyword) => keyword.trim()))] }));
  const invalid = (topic: WatchedTopic) =>
    topic.topic.length === 0 || topic.topic.length > 100 || topic.keywords.length === 0 || topic.keywords.length > MAX_KEYWORDS_PER_TOPIC || topic.keywords.some((keyword) => keyword.length === 0 || keyword.length > 50);
  if (normalised.length > MAX_WATCHED_TOPICS || normalised.some(invalid) || new Set(normalised.map(({ topic }) => topic)).size !== normalised.length) {
    throw new CrisisError(
      'WATCHED_TOPICS_INVALID',
      `Up to ${MAX_WATCHED_TOPICS} topics, each with a distinct name of 1–100 characters and 1–${MAX_KEYWORDS_PER_TOPIC} keywords of 1–50 characters`,
    );
  }
  return normalised;
}

function setThresholds(command: SetCrisisThresholds, state: CrisisSettingsState): CrisisSettingsEvent[] {
  checkNumbers(command.thresholds);
  const thresholds = { ...command.thresholds, watchedTopics: normaliseTopics(command.thresholds.watchedTopics) };
  if (state.thresholdsVersion > 0 && isDeepStrictEqual(thresholds, state.thresholds)) return [];
  return [{ type: crisisSettingsEventTypes.thresholdsSet, data: { version: state.thresholdsVersion + 1, thresholds, setBy: command.by } }];
}

function setEscalationList(command: SetEscalationList, state: CrisisSettingsState): CrisisSettingsEvent[] {
  const contacts = command.contacts.map((contact) => ({ ...contact, contact: contact.contact.trim() }));
  const keys = contacts.map(({ department, contact }) => `${department}/${contact}`);
  if (contacts.length > MAX_ESCALATION_CONTACTS || contacts.some(({ contact }) => contact.length === 0 || contact.length > 200) || new Set(keys).size !== keys.length) {
    throw new CrisisError('ESCALATION_LIST_INVALID', `Up to ${MAX_ESCALATION_CONTACTS} contacts, each named once per department`);
  }
  if (isDeepStrictEqual(contacts, state.escalationList)) return [];
  return [{ type: crisisSettingsEventTypes.escalationListSet, data: { contacts, setBy: command.by } }];
}

/** A tenant's crisis settings: thresholds (versioned, MOD-30) and the escalation list (MOD-46). */
export const crisisSettingsDecider: Decider<CrisisSettingsCommand, CrisisSettingsEvent, CrisisSettingsState> = {
  initialState: () => ({ thresholdsVersion: 0, thresholds: defaultCrisisThresholds, escalationList: [] }),
  decide: (command, state) => (command.type === 'SetCrisisThresholds' ? setThresholds(command, state) : setEscalationList(command, state)),
  evolve(state, event) {
    if (event.type === crisisSettingsEventTypes.thresholdsSet) return { ...state, thresholdsVersion: event.data.version, thresholds: event.data.thresholds };
    return { ...state, escalationList: event.data.contacts };
  },
};
