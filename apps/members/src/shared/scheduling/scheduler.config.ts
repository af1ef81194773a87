import { z } from 'zod';

const schema = z.object({
  /** How often the scheduled passes (lifecycle demotions, churn risk, points expiry) run. */
  MEMBERS_SCHEDULE_INTERVAL_MS: z.coerce.number().int().min(1_000).default(15 * 60_000),
  MEMBERS_SCHEDULER_ENABLED: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
});

export type SchedulerConfig = { intervalMs: number; enabled: boolean };

export function schedulerConfig(env: NodeJS.ProcessEnv = process.env): SchedulerConfig {
  const parsed = schema.parse(env);
  return { intervalMs: parsed.MEMBERS_SCHEDULE_INTERVAL_MS, enabled: parsed.MEMBERS_SCHEDULER_ENABLED };
}
