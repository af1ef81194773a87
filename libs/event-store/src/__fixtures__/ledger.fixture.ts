import type { PoolClient } from 'pg';
import type { Decider } from '../decider/decider';
import type { InlineProjection } from '../projection/inline-projection';
import type { StoredEvent } from '../store/stored-event';

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

export const ledgerTotalsProjection: InlineProjection = {
  name: 'ledger-totals',
  table: 'ledger_totals',
  async createTable(client: PoolClient, table: string) {
    await client.query(`CREATE TABLE IF NOT EXISTS ${table} (
      tenant_id text NOT NULL, stream_id text NOT NULL, postings int NOT NULL, balance bigint NOT NULL,
      last_version int NOT NULL, PRIMARY KEY (tenant_id, stream_id))`);
  },
  async apply(client: PoolClient, events: readonly StoredEvent[], table: string) {
    for (const event of events) {
      const { amount } = event.data as LedgerEvent['data'];
      await client.query(
        `INSERT INTO ${table} (tenant_id, stream_id, postings, balance, last_version) VALUES ($1, $2, 1, $3, $4)
         ON CONFLICT (tenant_id, stream_id) DO UPDATE SET postings = ${table}.postings + 1,
           balance = ${table}.balance + EXCLUDED.balance, last_version = GREATEST(${table}.last_version, EXCLUDED.last_version)`,
        [event.tenantId, event.streamId, amount, event.streamVersion],
      );
    }
  },
};

export const ledgerStream = (streamId: string, tenantId = 'tenant-a') => ({ tenantId, streamId, streamType: 'ledger' });
