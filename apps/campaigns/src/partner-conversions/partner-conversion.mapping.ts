import { ConversionAttributedV1, ConversionRecordedV1, ConversionRefundedV1, createEventRegistry, PartnerConversionAttributedV1, PartnerConversionRecordedV1, PartnerConversionReversedV1, type EventEnvelope } from '@groundswell/events';

const registry = createEventRegistry();
const mapped = new Set<string>([ConversionRecordedV1.type, ConversionAttributedV1.type, ConversionRefundedV1.type]);

/** A partner record before its envelope: its contract type, its key (the CloudEvents subject) and its data. */
export interface PartnerRecordDraft {
  type: string;
  key: string;
  data: Record<string, unknown>;
}

/** The partner view of a conversion event, keyed by the conversion: who recorded it and which touchpoint counted stay inside. */
export function toPartnerConversion(envelope: EventEnvelope): PartnerRecordDraft | undefined {
  if (!mapped.has(envelope.type)) return undefined;
  const event = registry.decode(envelope);
  if (ConversionRecordedV1.is(event)) {
    const { conversionId, externalOrderId, kind, memberId, amountMinor, currency, occurredAt } = event.data;
    return { type: PartnerConversionRecordedV1.type, key: conversionId, data: { conversionId, externalOrderId, kind, memberId, amountMinor, currency, occurredAt } };
  }
  if (ConversionAttributedV1.is(event)) {
    const { conversionId, model, modelVersion, lookbackDays, credits } = event.data;
    const byCampaign = credits.map(({ campaignId, amountMinor }) => ({ campaignId, amountMinor }));
    return { type: PartnerConversionAttributedV1.type, key: conversionId, data: { conversionId, model, modelVersion, lookbackDays, credits: byCampaign } };
  }
  if (ConversionRefundedV1.is(event)) {
    const { conversionId, refundReference, amountMinor } = event.data;
    return { type: PartnerConversionReversedV1.type, key: conversionId, data: { conversionId, refundReference, amountMinor } };
  }
  return undefined;
}
