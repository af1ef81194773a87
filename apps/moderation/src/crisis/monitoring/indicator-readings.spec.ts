import type { CrisisObservation } from './crisis-observation';
import { defaultCrisisThresholds, type CrisisThresholds } from './crisis-thresholds';
import { initialCrisisType, readIndicators, severityOf } from './indicator-readings';
import { topicsMentioned } from './topic-mentions';

const now = new Date('2026-12-03T02:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const message = (minutes: number, negative: boolean, topics: string[] = []): CrisisObservation => ({ kind: 'message', at: minutesAgo(minutes), negative, topics });
const messages = (total: number, negative: number, minutes = 10, topics: string[] = []) =>
  Array.from({ length: total }, (_, index) => message(minutes, index < negative, topics));
const thresholds = (overrides: Partial<CrisisThresholds> = {}): CrisisThresholds => ({ ...defaultCrisisThresholds, ...overrides });
const reading = (observations: CrisisObservation[], key: string, settings = thresholds()) =>
  readIndicators(observations, settings, now).find((candidate) => candidate.key === key)!;

describe(readIndicators.name, () => {
  describe('negative share', () => {
    it('should cross at the threshold share of the window’s messages', () => {
      expect(reading(messages(20, 6), 'negative_share')).toMatchObject({ value: 0.3, threshold: 0.3, level: 'crossed' });
      expect(reading(messages(20, 5), 'negative_share')).toMatchObject({ value: 0.25, level: 'elevated' });
      expect(reading(messages(20, 4), 'negative_share')).toMatchObject({ value: 0.2, level: 'calm' });
    });

    it('should say nothing, neither crossed nor calm, on fewer messages than the minimum', () => {
      expect(reading(messages(19, 19), 'negative_share').level).toBe('elevated');
      expect(reading(messages(19, 0), 'negative_share').level).toBe('elevated');
    });

    it('should count only the messages inside the window', () => {
      const old = messages(40, 40, 61);
      expect(reading([...old, ...messages(20, 0)], 'negative_share')).toMatchObject({ value: 0, level: 'calm' });
    });
  });

  describe('keyword surge', () => {
    const withTopic = thresholds({ watchedTopics: [{ topic: 'recall', keywords: ['召回'] }] });

    it('should cross at the minimum mentions when the topic had no baseline', () => {
      expect(reading(messages(10, 0, 5, ['recall']), 'keyword_surge:recall', withTopic)).toMatchObject({ value: 10, threshold: 10, level: 'crossed', topic: 'recall' });
    });

    it('should compare with the baseline rate scaled to the window', () => {
      // 96 mentions over the 24 hours before the window: 4 an hour expected, so 12 is 3×.
      const baseline = Array.from({ length: 96 }, (_, index) => message(61 + index * 14, false, ['recall']));
      expect(reading([...baseline, ...messages(11, 0, 5, ['recall'])], 'keyword_surge:recall', withTopic)).toMatchObject({ threshold: 12, level: 'elevated' });
      expect(reading([...baseline, ...messages(12, 0, 5, ['recall'])], 'keyword_surge:recall', withTopic).level).toBe('crossed');
    });

    it('should read one surge per watched topic and none without topics', () => {
      const two = thresholds({ watchedTopics: [{ topic: 'a', keywords: ['甲'] }, { topic: 'b', keywords: ['乙'] }] });
      expect(readIndicators([], two, now).map((candidate) => candidate.key)).toEqual(['negative_share', 'keyword_surge:a', 'keyword_surge:b', 'report_velocity', 'violation_spike']);
      expect(readIndicators([], thresholds(), now).map((candidate) => candidate.key)).toEqual(['negative_share', 'report_velocity', 'violation_spike']);
    });
  });

  it('should count reports and violations in the window against their thresholds', () => {
    const reports: CrisisObservation[] = Array.from({ length: 10 }, () => ({ kind: 'report', at: minutesAgo(1) }));
    const violations: CrisisObservation[] = Array.from({ length: 9 }, () => ({ kind: 'violation', at: minutesAgo(1) }));
    expect(reading([...reports, ...violations], 'report_velocity')).toMatchObject({ value: 10, threshold: 10, level: 'crossed' });
    expect(reading([...reports, ...violations], 'violation_spike')).toMatchObject({ value: 9, level: 'elevated' });
  });
});

describe(severityOf.name, () => {
  it('should grade by how far past the threshold the value is', () => {
    expect(severityOf({ value: 0.3, threshold: 0.3 })).toBe('medium');
    expect(severityOf({ value: 0.45, threshold: 0.3 })).toBe('high');
    expect(severityOf({ value: 0.6, threshold: 0.3 })).toBe('critical');
  });
});

describe(initialCrisisType.name, () => {
  it('should start violation spikes as content compliance and the rest as negative opinion', () => {
    expect(initialCrisisType('violation_spike')).toBe('content_compliance');
    expect(initialCrisisType('negative_share')).toBe('negative_opinion');
  });
});

describe(topicsMentioned.name, () => {
  it('should find the topics whose keywords a message mentions, whatever the width and case', () => {
    const topics = [{ topic: 'recall', keywords: ['召回', 'recall'] }, { topic: 'price', keywords: ['涨价'] }];
    expect(topicsMentioned('听说要ＲＥＣＡＬＬ了', topics)).toEqual(['recall']);
    expect(topicsMentioned('召回之后又涨价', topics)).toEqual(['recall', 'price']);
    expect(topicsMentioned('今天天气不错', topics)).toEqual([]);
  });
});
