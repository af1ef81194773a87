import { touchpointKinds } from '@groundswell/events';

export const conversionKinds = ['purchase', 'reservation', 'lead', 'subscription'] as const;
export type ConversionKind = (typeof conversionKinds)[number];

export const attributionModelNames = ['last_touch', 'first_touch', 'linear'] as const;
export type AttributionModelName = (typeof attributionModelNames)[number];

export { touchpointKinds };
export type TouchpointKind = (typeof touchpointKinds)[number];

/** Where a touch happened and through whom, as far as its source event says. */
export interface TouchpointSource {
  communityId?: string;
  channel?: string;
  /** For a referral: the member whose invitation brought the converting member in. */
  referrerId?: string;
}

/** Something the member did with a campaign that may have led to the conversion. */
export interface Touchpoint extends TouchpointSource {
  kind: TouchpointKind;
  id: string;
  campaignId: string;
  occurredAt: string;
}

/** A campaign's part of a conversion: `amountMinor` of the conversion's amount, the parts summing to it, with the touch that earned it. */
export interface Credit extends TouchpointSource {
  campaignId: string;
  touchpointId: string;
  /** Absent on credits recorded before kinds were kept (they were all coupon claims). */
  touchpointKind?: TouchpointKind;
  amountMinor: number;
}

export interface ConversionFacts {
  externalOrderId: string;
  kind: ConversionKind;
  memberId: string;
  amountMinor: number;
  currency: string;
  occurredAt: string;
}

export const conversionEventTypes = {
  recorded: 'groundswell.campaigns.ConversionRecorded.v1',
  attributed: 'groundswell.campaigns.ConversionAttributed.v1',
  refunded: 'groundswell.campaigns.ConversionRefunded.v1',
} as const;

export type ConversionRecorded = { type: typeof conversionEventTypes.recorded; data: ConversionFacts & { conversionId: string; recordedBy: string } };
export type ConversionAttributed = {
  type: typeof conversionEventTypes.attributed;
  data: { conversionId: string; model: AttributionModelName; modelVersion: number; lookbackDays: number; credits: Credit[] };
};
export type ConversionRefunded = {
  type: typeof conversionEventTypes.refunded;
  data: { conversionId: string; refundReference: string; amountMinor: number; refundedBy: string };
};
export type ConversionEvent = ConversionRecorded | ConversionAttributed | ConversionRefunded;

export const conversionStreamType = 'conversion';
export const conversionStream = (conversionId: string) => ({ streamId: `${conversionStreamType}-${conversionId}`, streamType: conversionStreamType });
