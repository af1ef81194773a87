import { deciderSpec } from '@groundswell/event-store/testing';
import { v5 as uuidv5 } from 'uuid';
import { crisisMonitorDecider, type ApplyIndicatorReadings } from './crisis-monitor.decider';
import { crisisMonitorEventTypes, type CrisisMonitorEvent } from './crisis-monitor.events';
import type { IndicatorReading } from './monitoring/indicator-readings';
import { aCommunityId, minutesAfterTen } from './testing/crisis-alert.factory';

const evaluationId = '0190c2f8-0000-7000-8000-0000000000e1';
const negativeShare = (value: number, level: IndicatorReading['level']): IndicatorReading => ({ key: 'negative_share', indicator: 'negative_share', value, threshold: 0.3, level });
const surge = (level: IndicatorReading['level']): IndicatorReading => ({ key: 'keyword_surge:recall', indicator: 'keyword_surge', topic: 'recall', value: 14, threshold: 10, level });
const readings = (...list: IndicatorReading[]): ApplyIndicatorReadings => ({
  type: 'ApplyIndicatorReadings',
  communityId: aCommunityId,
  readings: list,
  thresholdsVersion: 2,
  evaluationId,
  at: minutesAfterTen(0),
});
const tripped = (key = 'negative_share', alertId = uuidv5(key, evaluationId)): CrisisMonitorEvent => ({
  type: crisisMonitorEventTypes.tripped,
  data: { communityId: aCommunityId, key, indicator: 'negative_share', value: 0.4, threshold: 0.3, alertId, thresholdsVersion: 2, trippedAt: minutesAfterTen(0).toISOString() },
});
const rearmed: CrisisMonitorEvent = {
  type: crisisMonitorEventTypes.rearmed,
  data: { communityId: aCommunityId, key: 'negative_share', value: 0.1, threshold: 0.3, rearmedAt: minutesAfterTen(0).toISOString() },
};

describe('crisisMonitorDecider', () => {
  const spec = deciderSpec(crisisMonitorDecider);

  describe('ApplyIndicatorReadings', () => {
    it('should trip an armed monitor whose indicator crossed, naming the alert it raises', () => {
      spec.given([]).when(readings(negativeShare(0.4, 'crossed'))).then([tripped()]);
    });

    it('should trip one monitor per crossed indicator and topic, with distinct alerts', () => {
      const events = crisisMonitorDecider.decide(readings(negativeShare(0.4, 'crossed'), surge('crossed')), crisisMonitorDecider.initialState());
      expect(events.map((event) => [event.type, event.data.key])).toEqual([
        [crisisMonitorEventTypes.tripped, 'negative_share'],
        [crisisMonitorEventTypes.tripped, 'keyword_surge:recall'],
      ]);
      expect(new Set(events.map((event) => (event.data as { alertId: string }).alertId)).size).toBe(2);
    });

    it('should raise nothing more while tripped, however often the indicator crosses again', () => {
      spec.given([tripped()]).when(readings(negativeShare(0.6, 'crossed'))).then([]);
    });

    it('should stay tripped while the indicator is elevated, between re-arm level and threshold', () => {
      spec.given([tripped()]).when(readings(negativeShare(0.26, 'elevated'))).then([]);
    });

    it('should re-arm once the indicator is calm, and trip again on the next crossing', () => {
      spec.given([tripped()]).when(readings(negativeShare(0.1, 'calm'))).then([rearmed]);
      spec.given([tripped('negative_share', 'earlier-alert'), rearmed]).when(readings(negativeShare(0.4, 'crossed'))).then([tripped()]);
    });

    it('should change nothing for calm or elevated readings of an armed monitor', () => {
      spec.given([]).when(readings(negativeShare(0.1, 'calm'), surge('elevated'))).then([]);
    });
  });
});
