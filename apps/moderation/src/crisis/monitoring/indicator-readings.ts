import type { CrisisIndicator, CrisisSeverity, CrisisType } from '@groundswell/events';
import type { CrisisObservation } from './crisis-observation';
import type { CrisisThresholds } from './crisis-thresholds';
import { inWindow, windowBefore, windowEndingAt } from './sliding-window';

/**
 * One indicator over the window. `crossed` trips a monitor; `calm` (below the re-arm level, on
 * enough evidence) re-arms it; `elevated` changes nothing — that gap is the hysteresis.
 */
export interface IndicatorReading {
  /** The monitor it belongs to: the indicator, and the topic for a keyword surge. */
  key: string;
  indicator: CrisisIndicator;
  topic?: string;
  value: number;
  threshold: number;
  level: 'crossed' | 'elevated' | 'calm';
}

type Messages = Extract<CrisisObservation, { kind: 'message' }>[];

function levelOf(value: number, threshold: number, rearmRatio: number, enoughEvidence = true): IndicatorReading['level'] {
  if (!enoughEvidence) return 'elevated';
  if (value >= threshold) return 'crossed';
  return value < threshold * rearmRatio ? 'calm' : 'elevated';
}

function negativeShare(messages: Messages, thresholds: CrisisThresholds): IndicatorReading {
  const negative = messages.filter((message) => message.negative).length;
  const value = messages.length === 0 ? 0 : negative / messages.length;
  const threshold = thresholds.negativeShare;
  const level = levelOf(value, threshold, thresholds.rearmRatio, messages.length >= thresholds.minimumMessages);
  return { key: 'negative_share', indicator: 'negative_share', value, threshold, level };
}

/** A topic's mentions in the window against its baseline rate, scaled to the window's length. */
function keywordSurge(topic: string, current: Messages, baseline: Messages, thresholds: CrisisThresholds): IndicatorReading {
  const mentions = (messages: Messages) => messages.filter((message) => message.topics.includes(topic)).length;
  const expected = (mentions(baseline) * thresholds.windowMinutes) / (thresholds.baselineHours * 60);
  const threshold = Math.max(thresholds.minimumKeywordMentions, expected * thresholds.keywordSurgeRatio);
  const value = mentions(current);
  return { key: `keyword_surge:${topic}`, indicator: 'keyword_surge', topic, value, threshold, level: levelOf(value, threshold, thresholds.rearmRatio) };
}

function count(kind: 'report' | 'violation', observations: CrisisObservation[], threshold: number, thresholds: CrisisThresholds): IndicatorReading {
  const indicator = kind === 'report' ? 'report_velocity' : 'violation_spike';
  const value = observations.filter((observation) => observation.kind === kind).length;
  return { key: indicator, indicator, value, threshold, level: levelOf(value, threshold, thresholds.rearmRatio) };
}

/** Every indicator of one community's observations, over the window that ends at `now`. */
export function readIndicators(observations: readonly CrisisObservation[], thresholds: CrisisThresholds, now: Date): IndicatorReading[] {
  const window = windowEndingAt(now, thresholds.windowMinutes);
  const current = inWindow(window, observations);
  const messages = current.filter((observation) => observation.kind === 'message');
  const baseline = inWindow(windowBefore(window, thresholds.baselineHours * 60), observations).filter((observation) => observation.kind === 'message');
  return [
    negativeShare(messages, thresholds),
    ...thresholds.watchedTopics.map(({ topic }) => keywordSurge(topic, messages, baseline, thresholds)),
    count('report', current, thresholds.reportsPerWindow, thresholds),
    count('violation', current, thresholds.violationsPerWindow, thresholds),
  ];
}

/** How far past its threshold a reading is: twice the threshold is critical. */
export function severityOf(reading: Pick<IndicatorReading, 'value' | 'threshold'>): CrisisSeverity {
  const ratio = reading.threshold > 0 ? reading.value / reading.threshold : Infinity;
  if (ratio >= 2) return 'critical';
  return ratio >= 1.5 ? 'high' : 'medium';
}

/** The crisis type an automatic alert starts with; the crisis team reassesses it on acknowledging. */
export function initialCrisisType(indicator: CrisisIndicator): CrisisType {
  return indicator === 'violation_spike' ? 'content_compliance' : 'negative_opinion';
}
