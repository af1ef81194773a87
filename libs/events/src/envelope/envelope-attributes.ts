import { z } from 'zod';
import { EventContractError } from '../errors/event-contract-error';
import { cloudEventsSpecVersion, eventDataContentType } from './event-envelope';
import { eventSourcePattern, eventTypePattern } from './event-type';

const text = z.string().min(1);
const timestamp = z.iso.datetime({ offset: true });

/** Every attribute except `data`, as the envelope contract requires them. */
export const envelopeAttributesSchema = z.object({
  specversion: z.literal(cloudEventsSpecVersion),
  id: z.uuid(),
  source: z.string().regex(eventSourcePattern, 'must be /groundswell/<service>'),
  type: z.string().regex(eventTypePattern, 'must be groundswell.<service>.<EventName>.v<N>'),
  subject: text,
  time: timestamp,
  datacontenttype: z.literal(eventDataContentType),
  dataschema: z.url(),
  tenantid: text,
  streamversion: z.number().int().nonnegative(),
  recordedtime: timestamp,
  correlationid: text,
  causationid: text,
  traceparent: z
    .string()
    .regex(/^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/, 'must be a W3C traceparent')
    .optional(),
});

/**
 * Throws MALFORMED_EVENT naming every bad attribute; `nameOf` says how the reader knows an
 * attribute (e.g. by its Kafka header).
 */
export function assertEnvelopeAttributes(
  candidate: unknown,
  what = 'Event envelope',
  nameOf: (attribute: string) => string = (attribute) => attribute,
): void {
  const result = envelopeAttributesSchema.safeParse(candidate);
  if (result.success) return;
  const problems = result.error.issues.map((issue) => `${nameOf(issue.path.join('.'))}: ${issue.message}`);
  throw new EventContractError('MALFORMED_EVENT', `${what} is malformed: ${problems.join('; ')}`, {
    issues: result.error.issues,
  });
}
