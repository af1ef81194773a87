import { z } from 'zod';

/** Who caused a change: an operator (staff), the member themself, or an automated process. */
export const actorSchema = z
  .object({
    kind: z.enum(['operator', 'member', 'system']).describe('Operator (staff), the member, or automation'),
    id: z.string().min(1).max(200).describe('Operator user id, member id, or the name of the process'),
  })
  .describe('Who made the change');

export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = Actor['kind'];
