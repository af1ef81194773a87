import type { Decider } from '@groundswell/event-store';
import { attributionModels, DEFAULT_LOOKBACK_DAYS, touchpointsInWindow } from './attribution-models';
import { ConversionError } from './conversion.error';
import { conversionEventTypes, conversionKinds, type ConversionEvent, type ConversionFacts, type Touchpoint } from './conversion.events';

export interface RecordConversion {
  type: 'RecordConversion';
  conversionId: string;
  facts: ConversionFacts;
  /** The member's touchpoints around the conversion, read by the use case. */
  touchpoints: Touchpoint[];
  now: Date;
  by: string;
}

export interface RefundConversion {
  type: 'RefundConversion';
  conversionId: string;
  refundReference: string;
  amountMinor: number;
  by: string;
}

export type ConversionCommand = RecordConversion | RefundConversion;

export type ConversionState =
  | { status: 'none' }
  | { status: 'recorded'; facts: ConversionFacts; refunded: number; refunds: Record<string, number> };

const MAX_AMOUNT = 2_147_483_647;
const reference = (value: string) => value.trim().length > 0 && value.trim().length <= 128;

function validFacts(facts: ConversionFacts, now: Date): ConversionFacts {
  const invalid = (message: string) => new ConversionError('CONVERSION_INVALID', message);
  if (!reference(facts.externalOrderId)) throw invalid('An external order id is 1–128 characters');
  if (!conversionKinds.includes(facts.kind)) throw invalid('Unknown conversion kind');
  if (!facts.memberId.trim() || facts.memberId.length > 64) throw invalid('A member id is 1–64 characters');
  // A lead may be worth nothing yet; a purchase is worth something.
  const minimum = facts.kind === 'lead' || facts.kind === 'reservation' ? 0 : 1;
  if (!Number.isSafeInteger(facts.amountMinor) || facts.amountMinor < minimum || facts.amountMinor > MAX_AMOUNT) throw invalid(`The amount is whole minor units of ${minimum}–${MAX_AMOUNT}`);
  if (!/^[A-Z]{3}$/.test(facts.currency)) throw invalid('The currency is an ISO 4217 code such as CNY');
  const occurredAt = new Date(facts.occurredAt);
  // Shops' clocks drift; a conversion a few minutes ahead is theirs, a day ahead is a mistake.
  if (Number.isNaN(occurredAt.getTime()) || occurredAt.getTime() > now.getTime() + 3_600_000) throw invalid('occurredAt is an instant, not in the future');
  return { ...facts, externalOrderId: facts.externalOrderId.trim(), memberId: facts.memberId.trim(), occurredAt: occurredAt.toISOString() };
}

function record(command: RecordConversion, state: ConversionState): ConversionEvent[] {
  const facts = validFacts(command.facts, command.now);
  if (state.status === 'recorded') {
    // The same order sent again (a webhook retry): nothing new. Other facts under its id are a conflict.
    if (JSON.stringify(state.facts) === JSON.stringify(facts)) return [];
    throw new ConversionError('CONVERSION_CONFLICT', 'This external order id was recorded with other facts', { externalOrderId: facts.externalOrderId });
  }
  const touchpoints = touchpointsInWindow(command.touchpoints, facts.occurredAt);
  const { conversionId } = command;
  return [
    { type: conversionEventTypes.recorded, data: { conversionId, ...facts, recordedBy: command.by } },
    ...attributionModels.map((model): ConversionEvent => ({
      type: conversionEventTypes.attributed,
      data: { conversionId, model: model.name, modelVersion: model.version, lookbackDays: DEFAULT_LOOKBACK_DAYS, credits: touchpoints.length ? model.credit(touchpoints, facts.amountMinor) : [] },
    })),
  ];
}

function refund(command: RefundConversion, state: ConversionState): ConversionEvent[] {
  if (state.status === 'none') throw new ConversionError('CONVERSION_NOT_FOUND', 'No such conversion', { conversionId: command.conversionId });
  const refundReference = command.refundReference.trim();
  if (!reference(refundReference) || !Number.isSafeInteger(command.amountMinor) || command.amountMinor < 1) {
    throw new ConversionError('REFUND_INVALID', 'A refund has a reference of 1–128 characters and an amount of at least 1');
  }
  const earlier = state.refunds[refundReference];
  if (earlier !== undefined) {
    if (earlier === command.amountMinor) return [];
    throw new ConversionError('REFUND_INVALID', 'This refund reference was used for another amount', { refundReference });
  }
  if (state.refunded + command.amountMinor > state.facts.amountMinor) {
    throw new ConversionError('REFUND_EXCEEDS_AMOUNT', 'Refunds would exceed the conversion\'s amount', { remaining: state.facts.amountMinor - state.refunded });
  }
  return [{ type: conversionEventTypes.refunded, data: { conversionId: command.conversionId, refundReference, amountMinor: command.amountMinor, refundedBy: command.by } }];
}

export const conversionDecider: Decider<ConversionCommand, ConversionEvent, ConversionState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => (command.type === 'RecordConversion' ? record(command, state) : refund(command, state)),
  evolve: (state, event) => {
    switch (event.type) {
      case conversionEventTypes.recorded: {
        const { externalOrderId, kind, memberId, amountMinor, currency, occurredAt } = event.data;
        return { status: 'recorded', facts: { externalOrderId, kind, memberId, amountMinor, currency, occurredAt }, refunded: 0, refunds: {} };
      }
      case conversionEventTypes.refunded: {
        const recorded = state as Extract<ConversionState, { status: 'recorded' }>;
        return { ...recorded, refunded: recorded.refunded + event.data.amountMinor, refunds: { ...recorded.refunds, [event.data.refundReference]: event.data.amountMinor } };
      }
      default:
        return state;
    }
  },
};
