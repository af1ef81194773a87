import type { EventEnvelope } from '@groundswell/events';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import type { PoolClient } from 'pg';

/** The consumer's batch handler, structurally (the consumer module imports this one). */
type BatchHandler<TEvent extends { envelope: EventEnvelope; context: { topic: string } }> = (client: PoolClient, events: readonly TEvent[]) => Promise<void>;

/** The batch's failing event, when the error names it (the consumer's BatchMessageError carries its index). */
function failedIndexOf(error: unknown): number | undefined {
  const index = (error as { index?: unknown } | null)?.index;
  return typeof index === 'number' ? index : undefined;
}

/** Spans of the event pipeline (append, relay publish, consumer handling) come from one tracer. */
export const pipelineTracer = () => trace.getTracer('groundswell-event-pipeline');

/** The W3C traceparent of the active span, as events carry it (`traceparent` column, `ce_traceparent` header); undefined outside a trace. */
export function currentTraceparent(active: Context = context.active()): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(active, carrier);
  return carrier.traceparent;
}

/** The context an event's traceparent continues; the root context when it has none. */
export function contextOf(traceparent: string | null | undefined): Context {
  return traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent }) : ROOT_CONTEXT;
}

/**
 * A batch handler whose events are each handled in a CONSUMER span (`process <topic>`, OpenTelemetry
 * messaging conventions) that continues the trace the event was appended in. A batch applies its
 * events in one transaction, so each span covers the whole batch; a lone event's span is the active
 * one, so the handler's own spans (queries) nest under it.
 */
export function tracedBatchHandler<TEvent extends { envelope: EventEnvelope; context: { topic: string } }>(groupId: string, handle: BatchHandler<TEvent>): BatchHandler<TEvent> {
  return async (client, events) => {
    const spans = events.map(({ envelope, context: where }) => startConsumerSpan(groupId, where.topic, envelope));
    const active = spans.length === 1 ? trace.setSpan(context.active(), spans[0]!) : context.active();
    try {
      await context.with(active, () => handle(client, events));
      endSpans(spans);
    } catch (error) {
      endSpans(spans, error, failedIndexOf(error));
      throw error;
    }
  };
}

function startConsumerSpan(groupId: string, topic: string, envelope: EventEnvelope): Span {
  return pipelineTracer().startSpan(
    `process ${topic}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.destination.name': topic,
        'messaging.consumer.group.name': groupId,
        'messaging.message.id': envelope.id,
        'cloudevents.event_type': envelope.type,
        'groundswell.tenant_id': envelope.tenantid,
      },
    },
    contextOf(envelope.traceparent),
  );
}

/** A PRODUCER span per published event, child of the trace it was appended in; its traceparent travels on in the message. */
export function startPublishSpan(topic: string, event: { eventId: string; traceparent: string | null }): Span {
  return pipelineTracer().startSpan(
    `publish ${topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'send',
        'messaging.destination.name': topic,
        'messaging.message.id': event.eventId,
      },
    },
    contextOf(event.traceparent),
  );
}

export function traceparentOf(span: Span): string | undefined {
  return currentTraceparent(trace.setSpan(ROOT_CONTEXT, span));
}

/** Ends spans once their work is done; with an error, marks the span at `failedIndex` (every span when undefined). */
export function endSpans(spans: readonly Span[], error?: unknown, failedIndex?: number): void {
  for (const [index, span] of spans.entries()) {
    if (error !== undefined && (failedIndex === undefined || failedIndex === index)) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
    }
    span.end();
  }
}
