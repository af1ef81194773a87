import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import type { DataOf } from '../contracts/event-definition';
import { toKafkaMessage } from '../envelope/kafka-binary-mode';

/** The topic the gateway publishes one record per mutation to; the access service keeps them as the audit log. */
export const auditTopic = 'gs.audit.v1';

export const MutationAuditedV1 = defineEvent({
  service: 'gateway',
  name: 'MutationAudited',
  version: 1,
  description: 'A mutation went through the gateway: who sent it, which fields and ids it named, and how it ended.',
  schema: z.object({
    actor: z.string().min(1).describe('Who sent it: the caller’s `sub`, a user or an API key'),
    operationName: z.string().min(1).nullable().describe('The operation name the client gave, if any'),
    fields: z.array(z.string().min(1)).min(1).describe('The mutation’s root fields, e.g. ["joinCommunity"]'),
    targets: z
      .array(z.object({ argument: z.string().min(1), id: z.string() }))
      .describe('Every ID-typed argument, at any depth of input objects: `{ argument: "input.communityId", id }`'),
    result: z.string().min(1).describe('`ok`, or the first error’s public code'),
    requestId: z.string().min(1).describe('The gateway’s request id'),
  }),
});

/** One mutation as the audit log records it. */
export type AuditRecordData = DataOf<typeof MutationAuditedV1>;
export type AuditTarget = AuditRecordData['targets'][number];

/** A record as it travels on `auditTopic`: a CloudEvent keyed by tenant, so one tenant's records stay in order. */
export function auditRecordMessage(tenantId: string, data: AuditRecordData, at: Date) {
  const envelope = MutationAuditedV1.create(data, {
    subject: data.requestId,
    tenantid: tenantId,
    streamversion: 1,
    time: at,
    correlationid: data.requestId,
  });
  return { ...toKafkaMessage(envelope), key: tenantId };
}

export const gatewayEvents = [MutationAuditedV1] as const;
