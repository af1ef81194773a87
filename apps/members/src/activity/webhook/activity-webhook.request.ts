import { activityKinds } from '@groundswell/events';
import { RequestError } from '@groundswell/service-kit';
import { z } from 'zod';
import { MAX_ACTIVITY_BATCH, type ActivityItem } from '../record-activity.use-case';

// The same fields as the recordMemberActivity mutation's items; the use case checks the values.
const itemSchema = z.object({
  memberId: z.string(),
  kind: z.enum(activityKinds),
  clientEventId: z.string(),
  occurredAt: z.iso.datetime({ offset: true }),
  amountCents: z.number().optional(),
});

const bodySchema = z.object({ communityId: z.uuid(), activities: z.array(z.unknown()) });

export interface ActivityWebhookRequest {
  communityId: string;
  items: ActivityItem[];
}

/** The webhook body as the record-activity use case takes it, or BAD_USER_INPUT naming the first problem. */
export function parseActivityWebhook(body: unknown): ActivityWebhookRequest {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) throw new RequestError('BAD_USER_INPUT', 'Expected a JSON object {communityId: uuid, activities: [...]}');
  const { communityId, activities } = parsed.data;
  // Counted before each item is parsed, so an oversized batch costs nothing more.
  if (activities.length === 0 || activities.length > MAX_ACTIVITY_BATCH) {
    throw new RequestError('BAD_USER_INPUT', `A batch holds 1 to ${MAX_ACTIVITY_BATCH} items`, { items: activities.length });
  }
  const items = activities.map((activity, index) => {
    const item = itemSchema.safeParse(activity);
    if (!item.success) {
      const field = item.error.issues[0]?.path.join('.') || 'item';
      throw new RequestError('BAD_USER_INPUT', `Item ${index}: ${field} is missing or malformed`, { index, field });
    }
    return { ...item.data, occurredAt: new Date(item.data.occurredAt) };
  });
  return { communityId, items };
}
