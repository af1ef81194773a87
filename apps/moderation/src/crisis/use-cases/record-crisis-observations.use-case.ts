import { beijingDay } from '@groundswell/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EventStore, appendTo, loadAggregate, withIdempotency, type EventMetadata, type StreamAppend } from '@groundswell/event-store';
import type { PoolClient } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { CrisisError } from '../crisis.error';
import { CRISIS_CLOCK, type CrisisClock } from '../crisis-clock';
import { crisisAlertDecider } from '../crisis-alert.decider';
import { crisisAlertStream } from '../crisis-alert.events';
import { crisisMonitorDecider } from '../crisis-monitor.decider';
import { crisisMonitorEventTypes, crisisMonitorStream } from '../crisis-monitor.events';
import { crisisObservationEventTypes, crisisObservationsStream, type CrisisObservationRecorded } from '../crisis-observation.events';
import type { CrisisSettingsState } from '../crisis-settings.decider';
import type { CrisisObservation } from '../monitoring/crisis-observation';
import { initialCrisisType, readIndicators, severityOf } from '../monitoring/indicator-readings';
import { topicsMentioned } from '../monitoring/topic-mentions';
import { scoreSentiment } from '../sentiment/score-sentiment';
import { loadCrisisSettings } from './crisis-settings.loader';

export type CrisisObservationInput =
  | { kind: 'message'; communityId: string; at: Date; text: string }
  | { kind: 'report' | 'violation'; communityId: string; at: Date };

export interface RecordCrisisObservationsContext {
  idempotencyKey?: string;
  causationId?: string;
}

export const MAX_OBSERVATIONS_PER_CALL = 500;
const MAX_TEXT_LENGTH = 5000;
// Sources' clocks drift; anything further ahead than this is a mistake, not drift.
const ALLOWED_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Feeds a tenant's crisis monitors (MOD-28, MOD-35): records the observations (messages scored for
 * sentiment and watched topics; the text itself is not kept), then re-reads the window of every
 * community they touched and lets its monitors decide. A monitor that trips raises its alert in the
 * same transaction, so concurrent feeds that cross one threshold together raise one alert.
 */
@Injectable()
export class RecordCrisisObservationsUseCase {
  constructor(
    private readonly store: EventStore,
    @Inject(CRISIS_CLOCK) private readonly clock: CrisisClock,
  ) {}

  async execute(tenantId: string, observations: readonly CrisisObservationInput[], context: RecordCrisisObservationsContext = {}): Promise<{ raisedAlertIds: string[] }> {
    const now = this.clock();
    checkObservations(observations, now);
    const { result } = await this.store.transaction(
      (client) =>
        withIdempotency(client, { tenantId, key: context.idempotencyKey, command: 'RecordCrisisObservations' }, async () => {
          const metadata: EventMetadata = { correlationId: uuidv7(), ...(context.causationId ? { causationId: context.causationId } : {}) };
          const settings = (await loadCrisisSettings(client, tenantId)).state;
          for (const [streamKey, events] of groupByStream(observations, settings)) {
            const [communityId, day] = JSON.parse(streamKey) as [string, string];
            await this.store.appendToEnd(client, { tenantId, ...crisisObservationsStream(communityId, day) }, events, metadata);
          }
          const raisedAlertIds: string[] = [];
          for (const communityId of new Set(observations.map((observation) => observation.communityId))) {
            raisedAlertIds.push(...(await this.evaluate(client, tenantId, communityId, settings, now, metadata)));
          }
          return { raisedAlertIds };
        }),
      { retryOnConflict: true },
    );
    return result;
  }

  private async evaluate(client: PoolClient, tenantId: string, communityId: string, settings: CrisisSettingsState, now: Date, metadata: EventMetadata): Promise<string[]> {
    const { thresholds, thresholdsVersion, escalationList } = settings;
    const readings = readIndicators(await recentObservations(client, tenantId, communityId, now, thresholds.windowMinutes + thresholds.baselineHours * 60), thresholds, now);
    const monitor = await loadAggregate(client, crisisMonitorDecider, { tenantId, ...crisisMonitorStream(communityId) });
    const monitorEvents = crisisMonitorDecider.decide({ type: 'ApplyIndicatorReadings', communityId, readings, thresholdsVersion, evaluationId: uuidv7(), at: now }, monitor.state);
    const appends: StreamAppend[] = [appendTo(monitor, monitorEvents)];
    for (const event of monitorEvents) {
      if (event.type !== crisisMonitorEventTypes.tripped) continue;
      const { alertId, indicator, topic, value, threshold } = event.data;
      const alert = await loadAggregate(client, crisisAlertDecider, { tenantId, ...crisisAlertStream(alertId) });
      const raise = crisisAlertDecider.decide(
        {
          type: 'RaiseCrisisAlert',
          alertId,
          communityId,
          topic,
          indicator,
          value,
          threshold,
          severity: severityOf({ value, threshold }),
          crisisType: initialCrisisType(indicator),
          thresholdsVersion,
          slaMinutes: thresholds.responseSlaMinutes,
          escalationList,
          at: now,
        },
        alert.state,
      );
      appends.push(appendTo(alert, raise));
    }
    await this.store.append(client, appends, metadata);
    return monitorEvents.flatMap((event) => (event.type === crisisMonitorEventTypes.tripped ? [event.data.alertId] : []));
  }
}

function checkObservations(observations: readonly CrisisObservationInput[], now: Date): void {
  if (observations.length === 0 || observations.length > MAX_OBSERVATIONS_PER_CALL) {
    throw new CrisisError('OBSERVATIONS_INVALID', `Send 1–${MAX_OBSERVATIONS_PER_CALL} observations at a time`, { count: observations.length });
  }
  observations.forEach((observation, index) => {
    const communityInvalid = !z.uuid().safeParse(observation.communityId).success;
    const textInvalid = observation.kind === 'message' && (observation.text.trim().length === 0 || observation.text.length > MAX_TEXT_LENGTH);
    const at = observation.at.getTime();
    if (communityInvalid || textInvalid || Number.isNaN(at) || at > now.getTime() + ALLOWED_CLOCK_SKEW_MS) {
      throw new CrisisError('OBSERVATIONS_INVALID', `Observation ${index + 1} needs a community id (UUID), a time not in the future and, for a message, 1–${MAX_TEXT_LENGTH} characters of text`, { index });
    }
  });
}

function toEvent(observation: CrisisObservationInput, settings: CrisisSettingsState): CrisisObservationRecorded {
  const { communityId } = observation;
  const observedAt = observation.at.toISOString();
  if (observation.kind !== 'message') return { type: crisisObservationEventTypes.recorded, data: { communityId, kind: observation.kind, observedAt } };
  const { score, polarity } = scoreSentiment(observation.text);
  const topics = topicsMentioned(observation.text, settings.thresholds.watchedTopics);
  return { type: crisisObservationEventTypes.recorded, data: { communityId, kind: 'message', observedAt, sentimentScore: score, negative: polarity === 'negative', topics } };
}

/** The observations' events by the stream they belong to: one per community and Beijing day. */
function groupByStream(observations: readonly CrisisObservationInput[], settings: CrisisSettingsState): Map<string, CrisisObservationRecorded[]> {
  const groups = new Map<string, CrisisObservationRecorded[]>();
  for (const observation of observations) {
    const key = JSON.stringify([observation.communityId, beijingDay(observation.at)]);
    groups.set(key, [...(groups.get(key) ?? []), toEvent(observation, settings)]);
  }
  return groups;
}

async function recentObservations(client: PoolClient, tenantId: string, communityId: string, now: Date, minutes: number): Promise<CrisisObservation[]> {
  const { rows } = await client.query<{ kind: CrisisObservation['kind']; at: Date; negative: boolean | null; topics: string[] }>(
    `SELECT kind, observed_at AS at, negative, topics FROM crisis_observations
     WHERE tenant_id = $1 AND community_id = $2 AND observed_at > $3::timestamptz - make_interval(mins => $4) AND observed_at <= $3`,
    [tenantId, communityId, now, minutes],
  );
  return rows.map((row) => (row.kind === 'message' ? { kind: 'message', at: row.at, negative: row.negative === true, topics: row.topics } : { kind: row.kind, at: row.at }));
}
