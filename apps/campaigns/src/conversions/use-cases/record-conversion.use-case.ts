import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { DEFAULT_LOOKBACK_DAYS } from '../attribution-models';
import { conversionIdOf } from '../conversion-id';
import { conversionDecider } from '../conversion.decider';
import { conversionStream, type ConversionFacts, type Touchpoint } from '../conversion.events';

@Injectable()
export class RecordConversionUseCase {
  constructor(private readonly store: EventStore) {}

  /** Records and attributes the conversion once per external order id; returns its id. */
  async execute(identity: Identity, facts: ConversionFacts, idempotencyKey?: string): Promise<string> {
    const conversionId = conversionIdOf(facts.externalOrderId);
    await this.store.transaction(
      async (client) => {
        const occurredAt = new Date(facts.occurredAt);
        const { rows } = await client.query<{ id: string; campaignId: string; occurredAt: Date }>(
          `SELECT touchpoint_id AS id, campaign_id AS "campaignId", occurred_at AS "occurredAt" FROM attribution_touchpoints
           WHERE tenant_id = $1 AND member_id = $2 AND occurred_at BETWEEN $3::timestamptz - make_interval(days => $4) AND $3::timestamptz`,
          [identity.tenant, facts.memberId.trim(), Number.isNaN(occurredAt.getTime()) ? new Date(0) : occurredAt, DEFAULT_LOOKBACK_DAYS],
        );
        const touchpoints: Touchpoint[] = rows.map((row) => ({ kind: 'coupon_claim', id: row.id, campaignId: row.campaignId, occurredAt: row.occurredAt.toISOString() }));
        await this.store.handleIn(client, {
          decider: conversionDecider,
          stream: { tenantId: identity.tenant, ...conversionStream(conversionId) },
          command: { type: 'RecordConversion', conversionId, facts, touchpoints, now: new Date(), by: identity.sub },
          commandName: 'RecordConversion',
          context: { idempotencyKey },
        });
      },
      // Two deliveries of one order at once: the loser decides again and finds it recorded.
      { retryOnConflict: true },
    );
    return conversionId;
  }
}
