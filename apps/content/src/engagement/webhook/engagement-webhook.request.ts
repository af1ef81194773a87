import { engagementSignalKinds } from '@groundswell/events';
import { RequestError } from '@groundswell/service-kit';
import { z } from 'zod';
import { MAX_ENGAGEMENT_BATCH, type EngagementSignal } from '../record-engagement.use-case';

// The same fields as the recordEngagement mutation's signals; the use case checks the values.
const signalSchema = z.object({
  kind: z.enum(engagementSignalKinds),
  itemId: z.string(),
  variantId: z.string().optional(),
  platform: z.string(),
  memberId: z.string().optional(),
  dwellMs: z.number().optional(),
  clientEventId: z.string(),
  occurredAt: z.iso.datetime({ offset: true }),
});
const bodySchema = z.object({ communityId: z.string(), signals: z.array(z.unknown()) });

/** The webhook body as the use case takes it, or BAD_USER_INPUT naming the first problem. */
export function parseEngagementWebhook(body: unknown): { communityId: string; signals: EngagementSignal[] } {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) throw new RequestError('BAD_USER_INPUT', 'Expected a JSON object {communityId, signals: [...]}');
  const { communityId, signals } = parsed.data;
  // Counted before each signal is parsed, so an oversized batch costs nothing more.
  if (signals.length === 0 || signals.length > MAX_ENGAGEMENT_BATCH) throw new RequestError('BAD_USER_INPUT', `A batch holds 1 to ${MAX_ENGAGEMENT_BATCH} signals`, { items: signals.length });
  return {
    communityId,
    signals: signals.map((signal, index) => {
      const parsedSignal = signalSchema.safeParse(signal);
      if (!parsedSignal.success) {
        const field = parsedSignal.error.issues[0]?.path.join('.') || 'signal';
        throw new RequestError('BAD_USER_INPUT', `Signal ${index}: ${field} is missing or malformed`, { index, field });
      }
      return { ...parsedSignal.data, occurredAt: new Date(parsedSignal.data.occurredAt) };
    }),
  };
}
