import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { trace } from '@opentelemetry/api';
import { LoggerModule } from 'nestjs-pino';
import { ServiceRuntime } from '../lifecycle/service-runtime';

export const REQUEST_ID_HEADER = 'x-request-id';
const acceptableRequestId = /^[A-Za-z0-9._:-]{8,128}$/;

/** Keeps a caller's request id when it is sane, otherwise mints one; either way it is echoed back. */
export function requestIdFor(request: IncomingMessage, response: ServerResponse): string {
  const offered = request.headers[REQUEST_ID_HEADER];
  const id = typeof offered === 'string' && acceptableRequestId.test(offered) ? offered : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

function traceContext(): Record<string, string> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

export const serviceLoggerModule = LoggerModule.forRootAsync({
  inject: [ServiceRuntime],
  useFactory: (runtime: ServiceRuntime) => ({
    pinoHttp: {
      level: runtime.config.LOG_LEVEL,
      base: { service: runtime.config.service, version: runtime.config.version },
      genReqId: requestIdFor,
      customAttributeKeys: { reqId: 'request_id' },
      mixin: traceContext,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]', 'req.headers["x-groundswell-identity"]'],
        censor: '[redacted]',
      },
      autoLogging: { ignore: (request: IncomingMessage) => /^\/(health|metrics)/.test(request.url ?? '') },
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url }),
      },
    },
  }),
});
