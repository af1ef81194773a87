import { Injectable } from '@nestjs/common';
import { ScheduledPasses, type PassSchedule } from '@groundswell/event-store';
import { z } from 'zod';
import { checkSegmentTimeWindows, segmentTimeCheckPass } from './segment-time-check';

const configSchema = z.object({
  /** How often members whose activity fell out of an "active within N days" window are taken out. */
  SEGMENT_TIME_CHECK_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
});

export const segmentTimeCheckIntervalMs = (env: NodeJS.ProcessEnv = process.env) => configSchema.parse(env).SEGMENT_TIME_CHECK_INTERVAL_MS;

/** Runs the segment time check on its interval; every replica ticks, only the lock holder works. */
@Injectable()
export class SegmentTimeCheckService extends ScheduledPasses {
  protected schedule(): PassSchedule {
    return {
      // The overdue query compares with the database's now(): activity windows are wall-clock time.
      passes: [{ name: segmentTimeCheckPass, run: (pool) => checkSegmentTimeWindows(pool) }],
      intervalMs: segmentTimeCheckIntervalMs(),
      clock: () => new Date(),
      component: 'segments',
    };
  }
}
