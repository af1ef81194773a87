import { ROOT_CONTEXT, SpanKind, trace, TraceFlags } from '@opentelemetry/api';
import { SamplingDecision } from '@opentelemetry/sdk-trace-base';
import { tracingSetup } from './telemetry';

const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
const callerContext = (traceFlags: TraceFlags) => trace.setSpanContext(ROOT_CONTEXT, { traceId, spanId: '00f067aa0ba902b7', traceFlags, isRemote: true });
const decisionIn = (setup: ReturnType<typeof tracingSetup>, parent = ROOT_CONTEXT) => setup.sampler!.shouldSample(parent, traceId, 'POST', SpanKind.SERVER, {}, []).decision;
const instrumented = (setup: ReturnType<typeof tracingSetup>) => setup.instrumentations.map((instrumentation) => instrumentation.instrumentationName).sort();

describe(tracingSetup.name, () => {
  it('should record nothing of its own without an exporter, yet keep the HTTP instrumentation that carries trace context', () => {
    const setup = tracingSetup(undefined);
    expect(setup.exporting).toBe(false);
    expect(decisionIn(setup)).toBe(SamplingDecision.NOT_RECORD);
    expect(decisionIn(setup, callerContext(TraceFlags.NONE))).toBe(SamplingDecision.NOT_RECORD);
    expect(instrumented(setup)).toEqual(['@opentelemetry/instrumentation-http']);
  });

  it('should follow a caller whose trace is sampled, so the flag passes on to the services that export', () => {
    expect(decisionIn(tracingSetup(undefined), callerContext(TraceFlags.SAMPLED))).toBe(SamplingDecision.RECORD_AND_SAMPLED);
  });

  it('should record spans from HTTP, Express, GraphQL and pg when an exporter is named, sampled as OTEL_TRACES_SAMPLER says', () => {
    const setup = tracingSetup('console');
    expect(setup.exporting).toBe(true);
    expect(setup.sampler).toBeUndefined();
    expect(instrumented(setup)).toEqual([
      '@opentelemetry/instrumentation-express',
      '@opentelemetry/instrumentation-graphql',
      '@opentelemetry/instrumentation-http',
      '@opentelemetry/instrumentation-pg',
    ]);
  });
});
