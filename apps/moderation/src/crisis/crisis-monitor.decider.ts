import type { Decider } from '@groundswell/event-store';
import { v5 as uuidv5 } from 'uuid';
import { crisisMonitorEventTypes, type CrisisMonitorEvent } from './crisis-monitor.events';
import type { IndicatorReading } from './monitoring/indicator-readings';

/** Fresh readings of one community's indicators, taken at `at` under the tenant's thresholds. */
export interface ApplyIndicatorReadings {
  type: 'ApplyIndicatorReadings';
  communityId: string;
  readings: readonly IndicatorReading[];
  thresholdsVersion: number;
  /** A UUID per evaluation: alert ids derive from it, so a retried evaluation names the same alerts. */
  evaluationId: string;
  at: Date;
}

export type CrisisMonitorCommand = ApplyIndicatorReadings;

/** The alert each tripped indicator raised; an indicator not listed is armed. */
export interface CrisisMonitorState {
  tripped: Readonly<Record<string, string>>;
}

function apply(command: ApplyIndicatorReadings, state: CrisisMonitorState): CrisisMonitorEvent[] {
  const { communityId, thresholdsVersion, evaluationId } = command;
  const at = command.at.toISOString();
  return command.readings.flatMap(({ key, indicator, topic, value, threshold, level }): CrisisMonitorEvent[] => {
    const tripped = key in state.tripped;
    if (level === 'crossed' && !tripped) {
      const alertId = uuidv5(key, evaluationId);
      return [{ type: crisisMonitorEventTypes.tripped, data: { communityId, key, indicator, ...(topic ? { topic } : {}), value, threshold, alertId, thresholdsVersion, trippedAt: at } }];
    }
    if (level === 'calm' && tripped) return [{ type: crisisMonitorEventTypes.rearmed, data: { communityId, key, value, threshold, rearmedAt: at } }];
    return [];
  });
}

/**
 * A community's crisis monitors, one per indicator (and watched topic). Crossing a threshold trips
 * the monitor once: further crossings, message after message, raise nothing until the indicator
 * has fallen back below its re-arm level. One crisis, one alert.
 */
export const crisisMonitorDecider: Decider<CrisisMonitorCommand, CrisisMonitorEvent, CrisisMonitorState> = {
  initialState: () => ({ tripped: {} }),
  decide: apply,
  evolve(state, event) {
    if (event.type === crisisMonitorEventTypes.tripped) return { tripped: { ...state.tripped, [event.data.key]: event.data.alertId } };
    const { [event.data.key]: _rearmed, ...tripped } = state.tripped;
    return { tripped };
  },
};
