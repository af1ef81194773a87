import { eventually } from '@groundswell/test-kit';
import { OverloadGuard } from './overload-guard';

function blockEventLoop(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

describe(OverloadGuard.name, () => {
  let guard: OverloadGuard;
  afterEach(() => guard.stop());

  it('should admit up to the concurrency limit and refuse beyond it until a place is released', () => {
    guard = new OverloadGuard({ maxConcurrentRequests: 2, maxEventLoopDelayMs: 10_000 });
    expect([guard.admit(), guard.admit(), guard.admit()]).toEqual([null, null, 'concurrency']);
    guard.release();
    expect([guard.admit(), guard.admit()]).toEqual([null, 'concurrency']);
  });

  it('should refuse while the event loop runs late and admit again once it has caught up', async () => {
    guard = new OverloadGuard({ maxConcurrentRequests: 100, maxEventLoopDelayMs: 100 });
    blockEventLoop(400);
    await eventually(() => expect(guard.admit()).toBe('event_loop_delay'), 5_000, 50);
    await eventually(() => expect(guard.admit()).toBeNull(), 5_000, 50);
  });
});
