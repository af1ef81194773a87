import { type ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';

const reasons: Record<number, string> = { 400: 'MALFORMED_REQUEST', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };

/**
 * Requests to /graphql that fail before GraphQL sees them (malformed JSON, a body over the limit)
 * get a GraphQL-shaped error with a stable code, like every other API error, instead of
 * the framework's own shape. Everything else is left to Nest and Apollo.
 */
@Catch(HttpException)
export class GraphqlHttpErrorFilter extends BaseExceptionFilter {
  override catch(exception: HttpException, host: ArgumentsHost) {
    if (host.getType() !== 'http') return exception;
    const request = host.switchToHttp().getRequest<Request>();
    const status = exception.getStatus();
    if (request.path !== '/graphql' || !(status in reasons)) return super.catch(exception, host);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(status)
      .json({ errors: [{ message: exception.message, extensions: { code: 'BAD_USER_INPUT', reason: reasons[status] } }] });
  }
}
