import { type ArgumentsHost, Catch, HttpException, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { appErrorAnswer } from './app-error-http';
import { graphqlErrorBody, httpErrorBody, type PublicError } from './http-error-body';

const reasons: Record<number, Pick<PublicError, 'code' | 'reason'>> = {
  400: { code: 'BAD_USER_INPUT', reason: 'MALFORMED_REQUEST' },
  404: { code: 'NOT_FOUND', reason: 'NO_SUCH_ENDPOINT' },
  405: { code: 'BAD_USER_INPUT', reason: 'METHOD_NOT_ALLOWED' },
  413: { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' },
  415: { code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_MEDIA_TYPE' },
};

export interface UnexpectedHttpErrorReporter {
  (error: unknown, request: Request): void;
}

/**
 * Every HTTP request that fails outside GraphQL (malformed JSON, a body over the limit, an unknown
 * route, a module's refusal, a fault in a controller) gets the same error shape and a stable code,
 * never the framework's own. GraphQL's errors are left to Apollo.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(private readonly reportUnexpected: UnexpectedHttpErrorReporter = () => undefined) {}

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() !== 'http') throw exception;
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const refusal = appErrorAnswer(exception);
    if (refusal && refusal[0] < 500) {
      if (!response.headersSent) response.status(refusal[0]).json(request.path === '/graphql' ? graphqlErrorBody(refusal[1]) : httpErrorBody(refusal[1]));
      return;
    }
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    const known = reasons[status] ?? (status < 500 ? { code: 'BAD_USER_INPUT' as const, reason: 'MALFORMED_REQUEST' } : undefined);
    if (!known) this.reportUnexpected(exception, request);
    const error: PublicError = known
      ? { ...known, message: (exception as HttpException).message }
      : { code: 'INTERNAL', message: 'Internal server error' };
    if (response.headersSent) return;
    response.status(known ? status : 500).json(request.path === '/graphql' ? graphqlErrorBody(error) : httpErrorBody(error));
  }
}
