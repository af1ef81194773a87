import { v5 as uuidv5 } from 'uuid';
import { createEnvelope } from './create-envelope';
import type { EventEnvelope } from './event-envelope';

export interface DerivedEvent<TType extends string, TData> {
  /** A UUID naming the feed that derives it (partner, connector…), so two feeds never share ids. */
  idNamespace: string;
  type: TType;
  subject: string;
  data: TData;
}

/**
 * The envelope of a public view of `source` (a partner or connector event). Its id is derived from
 * the source's id and the view's type, so a redelivered source republishes the same id and
 * subscribers deduplicate by it; time, tenant, correlation and trace carry over, the source is the cause.
 */
export function deriveEnvelope<TType extends string, TData>(source: EventEnvelope, derived: DerivedEvent<TType, TData>): EventEnvelope<TType, TData> {
  return createEnvelope({
    id: uuidv5(`${source.id}:${derived.type}`, derived.idNamespace),
    type: derived.type,
    data: derived.data,
    subject: derived.subject,
    tenantid: source.tenantid,
    streamversion: source.streamversion,
    time: source.time,
    correlationid: source.correlationid,
    causationid: source.id,
    ...(source.traceparent === undefined ? {} : { traceparent: source.traceparent }),
  });
}
