import type { Decider } from '../decider/decider';
import { defineProjection } from '../projection/define-projection';

/** A tiny aggregate for exercising the event core: a ledger that only accepts non-zero integer postings. */
export type LedgerCommand = { type: 'Post'; amount: number; reference: string };
export type LedgerEvent = { type: 'groundswell.ledger.AmountPosted.v1'; data: { amount: number; reference: string } };
export type LedgerState = { balance: number; postings: number };

export class LedgerError extends Error {
  constructor(readonly code: 'INVALID_AMOUNT') {
    super(code);
  }
}

export const ledgerDecider: Decider<LedgerCommand, LedgerEvent, LedgerState> = {
  initialState: () => ({ balance: 0, postings: 0 }),
  decide: (command) => {
    if (!Number.isInteger(command.amount) || command.amount === 0) throw new LedgerError('INVALID_AMOUNT');
    return [{ type: 'groundswell.ledger.AmountPosted.v1', data: { amount: command.amount, reference: command.reference } }];
  },
  evolve: (state, event) => ({ balance: state.balance + event.data.amount, postings: state.postings + 1 }),
};

/** `ledger_totals`: postings and balance per stream. */
export const ledgerTotalsProjection = defineProjection<LedgerEvent>('ledger-totals', {
  'groundswell.ledger.AmountPosted.v1': (client, event) =>
    client.query(
      `INSERT INTO ledger_totals (tenant_id, stream_id, postings, balance, last_version) VALUES ($1, $2, 1, $3, $4)
       ON CONFLICT (tenant_id, stream_id) DO UPDATE SET postings = ledger_totals.postings + 1,
         balance = ledger_totals.balance + EXCLUDED.balance, last_version = GREATEST(ledger_totals.last_version, EXCLUDED.last_version)`,
      [event.tenantId, event.streamId, event.data.amount, event.streamVersion],
    ),
});

export const ledgerTotalsTable = `CREATE TABLE ledger_totals (
  tenant_id text NOT NULL, stream_id text NOT NULL, postings int NOT NULL, balance bigint NOT NULL,
  last_version int NOT NULL, PRIMARY KEY (tenant_id, stream_id))`;

export const ledgerStream = (streamId: string, tenantId = 'tenant-a') => ({ tenantId, streamId, streamType: 'ledger' });
