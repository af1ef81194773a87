import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { DEFAULT_LOOKBACK_DAYS } from '../attribution-models';
import { conversionIdOf } from '../conversion-id';
import { conversionDecider } from '../conversion.decider';
import { conversionStream, type ConversionFacts } from '../conversion.events';
import { touchpointsBefore } from '../touchpoints';

@Injectable()
export class RecordConversionUseCase {
  constructor(private readonly store: EventStore) {}

  /** Records and attributes the conversion once per external order id; returns its id. */
  async execute(identity: Identity, facts: ConversionFacts, idempotencyKey?: string): Promise<string> {
    const conversionId = conversionIdOf(facts.externalOrderId);
    await this.store.transaction(
      async (client) => {
        const occurredAt = new Date(facts.occurredAt);
        const at = Number.isNaN(occurredAt.getTime()) ? new Date(0) : occurredAt;
        const touchpoints = await touchpointsBefore(client, identity.tenant, facts.memberId.trim(), at, DEFAULT_LOOKBACK_DAYS);
        await this.store.handleIn(client, {
          decider: conversionDecider,
          stream: { tenantId: identity.tenant, ...conversionStream(conversionId) },
          command: { type: 'RecordConversion', conversionId, facts, touchpoints, now: new Date(), by: identity.sub },
          context: { idempotencyKey },
        });
      },
      // Two deliveries of one order at once: the loser decides again and finds it recorded.
      { retryOnConflict: true },
    );
    return conversionId;
  }
}
