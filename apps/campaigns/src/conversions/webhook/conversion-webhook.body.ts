import { RequestError } from '@groundswell/service-kit';
import { z } from 'zod';
import { conversionKinds, type ConversionFacts } from '../conversion.events';

export const maxWebhookItems = 1000;

const orderId = z.string().trim().min(1).max(128);
const conversion = z.strictObject({
  externalOrderId: orderId,
  kind: z.enum(conversionKinds),
  memberId: z.string().trim().min(1).max(64),
  amountMinor: z.number().int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY'),
  occurredAt: z.iso.datetime({ offset: true }),
});
const refund = z.strictObject({ externalOrderId: orderId, refundReference: z.string().trim().min(1).max(128), amountMinor: z.number().int().positive() });
const body = z
  .strictObject({ conversions: z.array(conversion).default([]), refunds: z.array(refund).default([]) })
  .refine((parsed) => parsed.conversions.length + parsed.refunds.length > 0, 'Send at least one conversion or refund')
  .refine((parsed) => parsed.conversions.length + parsed.refunds.length <= maxWebhookItems, `At most ${maxWebhookItems} conversions and refunds per request`);

export interface ConversionWebhookBody {
  conversions: ConversionFacts[];
  refunds: Array<{ externalOrderId: string; refundReference: string; amountMinor: number }>;
}

/** The e-commerce webhook's JSON, checked whole before anything is recorded; every problem is named with its path. */
export function parseConversionWebhook(raw: unknown): ConversionWebhookBody {
  const parsed = body.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new RequestError('BAD_USER_INPUT', `The conversions are not valid: ${problems.map((problem) => `${problem.path || 'body'}: ${problem.message}`).join('; ')}`, { problems });
  }
  return parsed.data;
}
