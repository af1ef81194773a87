import { z } from 'zod';

/** new → active → core → koc while engaged; dormant → churned when activity stops. */
export const memberLifecycleStageSchema = z
  .enum(['new', 'active', 'core', 'koc', 'dormant', 'churned'])
  .describe('Where the member is in their lifecycle in one community');

export type MemberLifecycleStage = z.infer<typeof memberLifecycleStageSchema>;
