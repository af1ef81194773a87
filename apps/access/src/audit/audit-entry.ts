import { z } from 'zod';

/** The topic the gateway publishes one record per mutation to, keyed by tenant. */
export const auditTopic = 'gs.audit.v1';
export const auditConsumerGroup = 'access.audit-log';
export const mutationAuditedType = 'groundswell.gateway.MutationAudited.v1';

/**
 * `data` of a MutationAudited record. The gateway's publisher builds it
 * (apps/gateway/src/audit/audit-record.ts); a spec here holds both sides to this one schema.
 */
export const auditEntryDataSchema = z.object({
  actor: z.string().min(1),
  operationName: z.string().min(1).nullable(),
  /** The mutation's root fields, e.g. ["joinCommunity"]. */
  fields: z.array(z.string().min(1)).min(1),
  /** Every ID-typed argument, at any depth of input objects: `{ argument: "input.communityId", id }`. */
  targets: z.array(z.object({ argument: z.string().min(1), id: z.string() })),
  /** `ok`, or the first error's public code. */
  result: z.string().min(1),
  requestId: z.string().min(1),
});

export type AuditEntryData = z.output<typeof auditEntryDataSchema>;
