import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { graphqlErrorBody, httpErrorBody, httpStatusOf, type PublicError } from '@groundswell/service-kit';
import { LoadShedder } from './load-shedder';
import type { OverloadReason } from './overload-guard';

const RETRY_AFTER_SECONDS = 1;

const messages: Record<OverloadReason, string> = {
  concurrency: 'The gateway is handling as many requests as it can right now. Retry after the Retry-After delay.',
  event_loop_delay: 'The gateway is running behind and would answer late. Retry after the Retry-After delay.',
};

/** Sheds load at the door with 503 OVERLOADED and Retry-After, before authentication or planning cost anything. */
@Injectable()
export class OverloadMiddleware implements NestMiddleware {
  constructor(private readonly shedder: LoadShedder) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const refusal = this.shedder.admit();
    if (refusal) {
      const error: PublicError = { code: 'OVERLOADED', reason: refusal.toUpperCase(), message: messages[refusal] };
      const body = request.originalUrl.startsWith('/graphql') ? graphqlErrorBody(error) : httpErrorBody(error);
      response.status(httpStatusOf.OVERLOADED).set('retry-after', String(RETRY_AFTER_SECONDS)).json(body);
      return;
    }
    response.once('close', () => this.shedder.release());
    next();
  }
}
