import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { DailyFactsOutcome } from '@groundswell/event-store';
import { hasPermission, internalIdentityOfRequest, RequestError, ServiceRuntime, type Identity } from '@groundswell/service-kit';
import type { Request } from 'express';
import { RecordEngagementUseCase } from '../record-engagement.use-case';
import { parseEngagementWebhook } from './engagement-webhook.request';

/** What recordEngagement requires, so the webhook and the mutation admit the same callers. */
export const engagementWebhookPermission = 'engagement:record';

/**
 * `POST /webhooks/engagement`: platforms and connectors send engagement as plain JSON
 * `{communityId, signals}` through the gateway, which authenticates the caller and signs the
 * internal identity header. Answers 200 `{accepted, duplicates}` only after the batch committed;
 * a refusal is the shared HTTP error shape and nothing is written.
 */
@Controller('webhooks')
export class EngagementWebhookController {
  constructor(
    private readonly recordEngagement: RecordEngagementUseCase,
    private readonly runtime: ServiceRuntime,
  ) {}

  @Post('engagement')
  @HttpCode(200)
  record(@Req() request: Request, @Body() body: unknown): Promise<DailyFactsOutcome> {
    const identity = this.verifiedCaller(request);
    const { communityId, signals } = parseEngagementWebhook(body);
    return this.recordEngagement.execute(identity, communityId, signals, request.header('idempotency-key') ?? undefined);
  }

  private verifiedCaller(request: Request): Identity {
    const { INTERNAL_IDENTITY_SECRET: secret, INTERNAL_IDENTITY_MAX_AGE_MS: maxAgeMs } = this.runtime.config;
    const identity = internalIdentityOfRequest(request.headers, { secret, maxAgeMs });
    if (!hasPermission(identity, engagementWebhookPermission)) {
      throw new RequestError('FORBIDDEN', `Your roles do not allow ${engagementWebhookPermission}`, { missing: [engagementWebhookPermission] });
    }
    return identity;
  }
}
