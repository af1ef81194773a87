const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;

/**
 * When each retry of a failed delivery is due, after the attempt before it: the schedule the
 * Standard Webhooks guidance describes, about 28 hours in all, so a receiver that is down overnight
 * still gets everything once it is back.
 */
export const retryDelaysMs: readonly number[] = [5 * second, 5 * minute, 30 * minute, 2 * hour, 5 * hour, 10 * hour, 10 * hour];

/** A subscription failing without a single success for this long is disabled, with a notice. */
export const disableAfterFailingMs = 5 * 24 * hour;

export type AttemptOutcome = { delivered: true } | { delivered: false; nextAttemptAt: Date | null };

/** After attempt number `attempt` (1 = the first) failed at `at`: when the next is due, or null when none is. */
export function afterFailedAttempt(attempt: number, at: Date): Date | null {
  const delay = retryDelaysMs[attempt - 1];
  return delay === undefined ? null : new Date(at.getTime() + delay);
}

export function shouldDisable(failingSince: Date | null, at: Date): boolean {
  return failingSince !== null && at.getTime() - failingSince.getTime() >= disableAfterFailingMs;
}
