/** The current instant; injectable so tests can put a mute's end behind them. */
export type Clock = () => Date;

export const SANCTIONS_CLOCK = Symbol('SANCTIONS_CLOCK');

export const systemClock: Clock = () => new Date();
