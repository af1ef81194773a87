/** What a community's crisis monitor reads: scored messages, reports and confirmed violations, each with its instant. */
export type CrisisObservation =
  | { kind: 'message'; at: Date; negative: boolean; topics: readonly string[] }
  | { kind: 'report'; at: Date }
  | { kind: 'violation'; at: Date };
