import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { RequestError, ServiceRuntime, hasPermission, internalIdentityOfRequest, type Identity } from '@groundswell/service-kit';
import type { Request } from 'express';
import { RecordConversionUseCase } from '../use-cases/record-conversion.use-case';
import { RefundConversionUseCase } from '../use-cases/refund-conversion.use-case';
import { parseConversionWebhook } from './conversion-webhook.body';

/** What recordConversion requires, so the webhook and the mutation admit the same callers. */
export const conversionWebhookPermission = 'conversions:record';

export interface ConversionWebhookAnswer {
  conversionIds: string[];
  refundedConversionIds: string[];
}

/**
 * `POST /webhooks/conversions`: an e-commerce integration (an API key with the partner role) sends
 * orders and refunds as JSON through the gateway (`POST /webhooks/campaigns/conversions`). Each is
 * recorded once per external order id and refund reference, so a retried request records nothing
 * twice; the answer comes after everything is recorded. A refusal names the item it stopped at —
 * those before it are recorded, and sending the whole request again is safe.
 */
@Controller('webhooks')
export class ConversionWebhookController {
  constructor(
    private readonly record: RecordConversionUseCase,
    private readonly refund: RefundConversionUseCase,
    private readonly runtime: ServiceRuntime,
  ) {}

  @Post('conversions')
  @HttpCode(200)
  async receive(@Req() request: Request, @Body() raw: unknown): Promise<ConversionWebhookAnswer> {
    const identity = this.verifiedCaller(request);
    const { conversions, refunds } = parseConversionWebhook(raw);
    const conversionIds: string[] = [];
    for (const facts of conversions) conversionIds.push(await this.record.execute(identity, facts));
    const refundedConversionIds: string[] = [];
    for (const refund of refunds) refundedConversionIds.push(await this.refund.execute(identity, refund));
    return { conversionIds, refundedConversionIds };
  }

  private verifiedCaller(request: Request): Identity {
    const { INTERNAL_IDENTITY_SECRET: secret, INTERNAL_IDENTITY_MAX_AGE_MS: maxAgeMs } = this.runtime.config;
    const identity = internalIdentityOfRequest(request.headers, { secret, maxAgeMs });
    if (!hasPermission(identity, conversionWebhookPermission)) {
      throw new RequestError('FORBIDDEN', `Your roles do not allow ${conversionWebhookPermission}`, { missing: [conversionWebhookPermission] });
    }
    return identity;
  }
}
