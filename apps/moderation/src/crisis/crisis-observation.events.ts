// High-volume facts without invariants (DESIGN §4): appended to one stream per community and Beijing day.
export const crisisObservationEventTypes = { recorded: 'groundswell.moderation.CrisisObservationRecorded.v1' } as const;

/** A message (scored, its text not kept), a report or a confirmed violation, as a crisis monitor reads it. */
export interface CrisisObservationRecorded {
  type: typeof crisisObservationEventTypes.recorded;
  data:
    | { communityId: string; kind: 'message'; observedAt: string; sentimentScore: number; negative: boolean; topics: string[] }
    | { communityId: string; kind: 'report' | 'violation'; observedAt: string };
}

export type CrisisObservationEvent = CrisisObservationRecorded;

export const crisisObservationsStreamType = 'crisis-observations';
export const crisisObservationsStream = (communityId: string, beijingDay: string) => ({
  streamId: `${crisisObservationsStreamType}-${communityId}-${beijingDay}`,
  streamType: crisisObservationsStreamType,
});
