import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { conversionIdOf } from '../conversion-id';
import { conversionDecider } from '../conversion.decider';
import { conversionStream } from '../conversion.events';

@Injectable()
export class RefundConversionUseCase {
  constructor(private readonly store: EventStore) {}

  /** A refund or cancellation of part or all of an order, once per refund reference; returns the conversion's id. */
  async execute(identity: Identity, input: { externalOrderId: string; refundReference: string; amountMinor: number }, idempotencyKey?: string): Promise<string> {
    const conversionId = conversionIdOf(input.externalOrderId);
    await this.store.handle({
      decider: conversionDecider,
      stream: { tenantId: identity.tenant, ...conversionStream(conversionId) },
      command: { type: 'RefundConversion', conversionId, refundReference: input.refundReference, amountMinor: input.amountMinor, by: identity.sub },
      context: { idempotencyKey },
      retryOnConflict: true,
    });
    return conversionId;
  }
}
