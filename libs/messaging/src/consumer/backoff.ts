import { setTimeout as sleep } from 'node:timers/promises';

export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
}

export const defaultBackoff: BackoffPolicy = { initialMs: 100, maxMs: 5_000 };

/**
 * Delay before retry number `retry` (1-based): doubles from `initialMs` up to `maxMs`, then
 * "equal jitter" keeps it within [delay/2, delay] so consumers that failed together don't retry
 * together.
 */
export function backoffDelay(retry: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const doublings = Math.min(Math.max(retry - 1, 0), 30);
  const delay = Math.min(policy.maxMs, policy.initialMs * 2 ** doublings);
  return Math.round(delay / 2 + (delay / 2) * random());
}

// Well below KafkaJS's default heartbeat interval (3 s), so a long wait never costs the group membership.
const heartbeatEveryMs = 1_000;

/** Waits `ms`, heartbeating the consumer group meanwhile; returns early (false) when `signal` aborts. */
export async function waitWithHeartbeat(ms: number, heartbeat: () => Promise<void>, signal: AbortSignal): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!signal.aborted) {
    const left = deadline - Date.now();
    if (left <= 0) return true;
    await sleep(Math.min(left, heartbeatEveryMs), undefined, { signal }).catch(() => undefined);
    if (!signal.aborted) await heartbeat();
  }
  return false;
}
