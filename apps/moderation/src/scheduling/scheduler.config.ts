import { z } from 'zod';

const schema = z.object({
  /** How often mute expiry and the crisis SLA check run: a breach is recorded at most this late. */
  MODERATION_SCHEDULE_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
  MODERATION_SCHEDULER_ENABLED: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
});

export function moderationSchedulerConfig(env: NodeJS.ProcessEnv = process.env): { intervalMs: number; enabled: boolean } {
  const parsed = schema.parse(env);
  return { intervalMs: parsed.MODERATION_SCHEDULE_INTERVAL_MS, enabled: parsed.MODERATION_SCHEDULER_ENABLED };
}
