import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface OverloadLimits {
  maxConcurrentRequests: number;
  /** Off when absent. */
  maxEventLoopDelayMs?: number;
}

export type OverloadReason = 'concurrency' | 'event_loop_delay';

/** How often the event-loop delay is read; the refusal lasts at most this long after the loop recovers. */
const DELAY_WINDOW_MS = 500;

/**
 * Decides, before any work is done, whether the gateway can take one more request: not when as many
 * are already in flight as it is allowed, nor while its event loop is so late that every answer would
 * be. Both recover by themselves: a finished request frees its place, and each new window of
 * event-loop samples replaces the last.
 */
export class OverloadGuard {
  private inFlight = 0;
  private recentDelayMs = 0;
  private readonly histogram = monitorEventLoopDelay({ resolution: 10 });
  private readonly timer?: NodeJS.Timeout;

  constructor(private readonly limits: OverloadLimits) {
    if (limits.maxEventLoopDelayMs === undefined) return;
    this.histogram.enable();
    this.timer = setInterval(() => this.closeDelayWindow(), DELAY_WINDOW_MS).unref();
  }

  /** A place for one request, or why there is none; the caller releases a place it was given. */
  admit(): OverloadReason | null {
    if (this.inFlight >= this.limits.maxConcurrentRequests) return 'concurrency';
    if (this.limits.maxEventLoopDelayMs !== undefined && this.recentDelayMs > this.limits.maxEventLoopDelayMs) return 'event_loop_delay';
    this.inFlight += 1;
    return null;
  }

  release(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
  }

  stop(): void {
    clearInterval(this.timer);
    this.histogram.disable();
  }

  private closeDelayWindow(): void {
    this.recentDelayMs = this.histogram.count > 0 ? this.histogram.percentile(99) / 1e6 : 0;
    this.histogram.reset();
  }
}
