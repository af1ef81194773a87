import { Body, Controller, HttpCode, Post, Req, UseFilters } from '@nestjs/common';
import { RequestError, ServiceRuntime, canAccessCommunity, hasPermission, internalIdentityOfRequest, type Identity } from '@groundswell/service-kit';
import type { Request } from 'express';
import { RecordActivityUseCase, type RecordActivityResult } from '../record-activity.use-case';
import { parseActivityWebhook } from './activity-webhook.request';
import { ActivityWebhookErrorFilter } from './activity-webhook-error.filter';

/** What recordMemberActivity requires, so the webhook and the mutation admit the same callers. */
export const activityWebhookPermission = 'members:manage';

/**
 * `POST /webhooks/activity`: platform webhooks record member activity as plain JSON, through the
 * gateway (`POST /webhooks/members/activity`), which authenticates the caller and signs the same
 * internal identity header it sends with GraphQL. Answers 200 `{accepted, duplicates}` only after
 * the batch committed; any refusal is `{code, reason?, message}` and nothing is written.
 */
@Controller('webhooks')
@UseFilters(ActivityWebhookErrorFilter)
export class ActivityWebhookController {
  constructor(
    private readonly recordActivity: RecordActivityUseCase,
    private readonly runtime: ServiceRuntime,
  ) {}

  @Post('activity')
  @HttpCode(200)
  async record(@Req() request: Request, @Body() body: unknown): Promise<RecordActivityResult> {
    const identity = this.verifiedCaller(request);
    const { communityId, items } = parseActivityWebhook(body);
    if (!canAccessCommunity(identity, communityId)) throw new RequestError('FORBIDDEN', 'Outside your community scope', { communityId });
    return this.recordActivity.execute(identity, communityId, items);
  }

  private verifiedCaller(request: Request): Identity {
    const { INTERNAL_IDENTITY_SECRET: secret, INTERNAL_IDENTITY_MAX_AGE_MS: maxAgeMs } = this.runtime.config;
    const identity = internalIdentityOfRequest(request.headers, { secret, maxAgeMs });
    if (!hasPermission(identity, activityWebhookPermission)) {
      throw new RequestError('FORBIDDEN', `Your roles do not allow ${activityWebhookPermission}`, { missing: [activityWebhookPermission] });
    }
    return identity;
  }
}
