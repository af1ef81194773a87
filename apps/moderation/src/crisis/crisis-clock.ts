/** The current instant; injectable so tests and replays can move time (the SLA clock, the monitors' windows). */
export type CrisisClock = () => Date;

export const CRISIS_CLOCK = Symbol('CRISIS_CLOCK');

export const systemCrisisClock: CrisisClock = () => new Date();
