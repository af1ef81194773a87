import { NodeSDK } from '@opentelemetry/sdk-node';
import { AlwaysOffSampler, BatchSpanProcessor, ConsoleSpanExporter, NoopSpanProcessor, ParentBasedSampler, type Sampler, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { resourceFromAttributes } from '@opentelemetry/resources';

let sdk: NodeSDK | undefined;

function traceExporter(kind: string | undefined) {
  if (kind === 'otlp') return new OTLPTraceExporter();
  if (kind === 'console') return new ConsoleSpanExporter();
  return undefined;
}

export interface TracingSetup {
  exporting: boolean;
  /** Undefined when exporting: the SDK's own, which follows OTEL_TRACES_SAMPLER (parent-based, always on by default). */
  sampler?: Sampler;
  spanProcessor: SpanProcessor;
  instrumentations: Array<HttpInstrumentation | ExpressInstrumentation | PgInstrumentation | GraphQLInstrumentation>;
}

/**
 * Trace context always flows (W3C traceparent on HTTP calls, Kafka headers and log lines), so the HTTP
 * instrumentation always runs. Spans are recorded only to be exported: with no OTEL_TRACES_EXPORTER,
 * requests get non-recording spans (unless the caller's trace is sampled, so its flag passes on) and
 * the Express, GraphQL and pg instrumentations, which only add spans, stay off — recording spans no one
 * exports cost the gateway a tenth of its CPU per request (docs/benchmarks.md).
 */
export function tracingSetup(exporterKind: string | undefined): TracingSetup {
  const exporter = traceExporter(exporterKind);
  const http = new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => /^\/(health|metrics)/.test(req.url ?? '') });
  if (!exporter) {
    return { exporting: false, sampler: new ParentBasedSampler({ root: new AlwaysOffSampler() }), spanProcessor: new NoopSpanProcessor(), instrumentations: [http] };
  }
  return {
    exporting: true,
    spanProcessor: new BatchSpanProcessor(exporter),
    instrumentations: [http, new ExpressInstrumentation(), new PgInstrumentation(), new GraphQLInstrumentation({ mergeItems: true })],
  };
}

/** Starts the OpenTelemetry SDK before the instrumented modules are loaded; spans are exported when OTEL_TRACES_EXPORTER names an exporter. */
export function startTelemetry(serviceName: string): void {
  if (sdk) return;
  const { sampler, spanProcessor, instrumentations } = tracingSetup(process.env.OTEL_TRACES_EXPORTER);
  // Prometheus is our metrics path; keep the SDK from configuring an OTLP metrics or logs exporter.
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  sdk = new NodeSDK({
    resource: resourceFromAttributes({ 'service.name': `groundswell-${serviceName}` }),
    ...(sampler && { sampler }),
    spanProcessors: [spanProcessor],
    logRecordProcessors: [],
    instrumentations,
  });
  sdk.start();
}

export async function stopTelemetry(): Promise<void> {
  await sdk?.shutdown();
  sdk = undefined;
}
