import { BadRequestException, Injectable, PayloadTooLargeException, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { toWebhookError } from './activity-webhook-error.filter';

export const activityWebhookPath = '/webhooks/activity';

/**
 * The JSON body parser refuses malformed or oversized bodies before any controller runs, so a
 * controller's filter never sees them. This Express error handler, registered after the routes and
 * before Nest's own, answers those refusals on the webhook path in the webhook's error shape.
 */
@Injectable()
export class ActivityWebhookBodyErrors implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const express = this.adapterHost.httpAdapter?.getInstance?.();
    if (!express?.use) return;
    express.use(activityWebhookPath, (error: { status?: number; message?: string }, _request: Request, response: Response, next: NextFunction) => {
      const status = error.status ?? 500;
      if (status >= 500 || response.headersSent) return next(error);
      const refusal = status === 413 ? new PayloadTooLargeException(error.message) : new BadRequestException(error.message);
      const [httpStatus, body] = toWebhookError(refusal);
      response.status(httpStatus).json(body);
    });
  }
}
