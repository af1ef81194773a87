import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import { AppError, type PublicErrorCode } from '@groundswell/service-kit';
import type { Response } from 'express';

const statusOf: Record<PublicErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export interface WebhookErrorBody {
  /** The public category, stable for clients to branch on. */
  code: PublicErrorCode;
  /** The precise code, when it says more than the category. */
  reason?: string;
  message: string;
  details?: Record<string, unknown>;
}

/** Every refusal of the activity webhook as `{code, reason?, message, details?}` with the matching HTTP status. */
@Catch()
export class ActivityWebhookErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = toWebhookError(exception);
    response.status(status).json(body);
  }
}

export function toWebhookError(exception: unknown): [number, WebhookErrorBody] {
  if (exception instanceof AppError) {
    const category = (exception as AppError & { category: PublicErrorCode }).category;
    const reason = exception.code !== category ? { reason: exception.code } : {};
    return [statusOf[category], { code: category, ...reason, message: exception.message, ...(exception.details ? { details: exception.details } : {}) }];
  }
  // The body parser's refusals (malformed JSON, over the size limit) arrive as HTTP exceptions.
  if (exception instanceof HttpException && exception.getStatus() < 500) {
    return [exception.getStatus(), { code: 'BAD_USER_INPUT', reason: exception.getStatus() === 413 ? 'PAYLOAD_TOO_LARGE' : 'MALFORMED_REQUEST', message: exception.message }];
  }
  return [500, { code: 'INTERNAL', message: 'Internal server error' }];
}
