/** The current instant; injectable so tests and replays can move time. */
export type Clock = () => Date;

export const MEMBERS_CLOCK = Symbol('MEMBERS_CLOCK');

export const systemClock: Clock = () => new Date();
