import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ServiceMetrics } from './metrics';

@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: ServiceMetrics) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const stop = this.metrics.httpRequestDuration.startTimer({ method: request.method });
    response.on('finish', () => {
      // The matched route keeps label cardinality bounded; unmatched paths are grouped.
      const matched = (request.route as { path?: string } | undefined)?.path;
      const route = matched ?? (request.path === '/graphql' ? '/graphql' : 'unmatched');
      stop({ route, status_code: String(response.statusCode) });
    });
    next();
  }
}
