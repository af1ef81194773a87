import type { Pool } from 'pg';

/** Work done on a schedule at a given instant; `run` returns how many things it changed. */
export interface ScheduledPass {
  name: string;
  run(pool: Pool, at: Date): Promise<number>;
}

export const SCHEDULED_PASSES = Symbol('SCHEDULED_PASSES');
