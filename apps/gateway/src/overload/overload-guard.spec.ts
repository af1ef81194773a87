import { eventually } from '@groundswell/test-kit';
import { monitoredEventLoopDelay, OverloadGuard, type EventLoopDelay } from './overload-guard';

function settableDelay(): EventLoopDelay & { ms: number } {
  return { ms: 0, recentMs() { return this.ms; }, stop: () => undefined };
}

describe(OverloadGuard.name, () => {
  it('should admit up to the concurrency limit and refuse beyond it until a place is released', () => {
    const guard = new OverloadGuard({ maxConcurrentRequests: 2 });
    expect([guard.admit(), guard.admit(), guard.admit()]).toEqual([null, null, 'concurrency']);
    guard.release();
    expect([guard.admit(), guard.admit()]).toEqual([null, 'concurrency']);
  });

  it('should refuse while the event loop runs later than its limit and admit again once it has caught up', () => {
    const delay = settableDelay();
    const guard = new OverloadGuard({ maxConcurrentRequests: 100, maxEventLoopDelayMs: 200 }, delay);
    delay.ms = 350;
    expect(guard.admit()).toBe('event_loop_delay');
    delay.ms = 20;
    expect(guard.admit()).toBeNull();
  });

  it('should ignore the event loop when no delay limit is set', () => {
    const delay = settableDelay();
    delay.ms = 10_000;
    expect(new OverloadGuard({ maxConcurrentRequests: 1 }, delay).admit()).toBeNull();
  });
});

describe(monitoredEventLoopDelay.name, () => {
  it('should report a blocked event loop in the window that follows', async () => {
    const delay = monitoredEventLoopDelay(50);
    try {
      const until = Date.now() + 300;
      while (Date.now() < until);
      await eventually(() => expect(delay.recentMs()).toBeGreaterThanOrEqual(200), 10_000, 20);
    } finally {
      delay.stop();
    }
  }, 15_000);
});
