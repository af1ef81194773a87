export interface OverloadLimits {
  maxConcurrentRequests: number;
  /** Off when absent. */
  maxEventLoopDelayMs?: number;
}

export type OverloadReason = 'concurrency' | 'event_loop_delay';

/** How late the event loop has been running lately. */
export interface EventLoopDelay {
  recentMs(): number;
  stop(): void;
}

/**
 * How late a timer that should fire every `intervalMs` fired last: the time the event loop was busy
 * elsewhere. A refusal lasts until the next tick on time, at most one interval after the loop recovers.
 */
export function monitoredEventLoopDelay(intervalMs = 250): EventLoopDelay {
  let recentMs = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    recentMs = Math.max(0, now - last - intervalMs);
    last = now;
  }, intervalMs).unref();
  return { recentMs: () => recentMs, stop: () => clearInterval(timer) };
}

/**
 * Decides, before any work is done, whether the gateway can take one more request: not when as many
 * are already in flight as it is allowed, nor (when a limit is set) while its event loop is so late
 * that every answer would be. Both recover by themselves: a finished request frees its place, and
 * the delay is measured afresh each window.
 */
export class OverloadGuard {
  private inFlight = 0;

  constructor(
    private readonly limits: OverloadLimits,
    private readonly eventLoopDelay: EventLoopDelay | undefined = limits.maxEventLoopDelayMs === undefined ? undefined : monitoredEventLoopDelay(),
  ) {}

  /** A place for one request, or why there is none; the caller releases a place it was given. */
  admit(): OverloadReason | null {
    if (this.inFlight >= this.limits.maxConcurrentRequests) return 'concurrency';
    const maxDelayMs = this.limits.maxEventLoopDelayMs;
    if (maxDelayMs !== undefined && this.eventLoopDelay && this.eventLoopDelay.recentMs() > maxDelayMs) return 'event_loop_delay';
    this.inFlight += 1;
    return null;
  }

  release(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
  }

  stop(): void {
    this.eventLoopDelay?.stop();
  }
}
