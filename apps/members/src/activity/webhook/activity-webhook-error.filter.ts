import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import { appErrorAnswer, httpErrorBody, type PublicError } from '@groundswell/service-kit';
import type { Response } from 'express';

export type WebhookErrorBody = ReturnType<typeof httpErrorBody>;

/** Every refusal of the activity webhook in the shared HTTP error shape (`httpErrorBody`) with the matching HTTP status. */
@Catch()
export class ActivityWebhookErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = toWebhookError(exception);
    response.status(status).json(body);
  }
}

export function toWebhookError(exception: unknown): [number, WebhookErrorBody] {
  const [status, error] = publicErrorOf(exception);
  return [status, httpErrorBody(error)];
}

function publicErrorOf(exception: unknown): [number, PublicError] {
  const refusal = appErrorAnswer(exception);
  if (refusal) return refusal;
  // The body parser's refusals (malformed JSON, over the size limit) arrive as HTTP exceptions.
  if (exception instanceof HttpException && exception.getStatus() < 500) {
    return [exception.getStatus(), { code: 'BAD_USER_INPUT', reason: exception.getStatus() === 413 ? 'PAYLOAD_TOO_LARGE' : 'MALFORMED_REQUEST', message: exception.message }];
  }
  return [500, { code: 'INTERNAL', message: 'Internal server error' }];
}
