import { sqlMigration } from '@groundswell/service-kit';
import { createTestDatabase, freshDatabase } from '@groundswell/test-kit';
import { ledgerDecider, ledgerStream, ledgerTotalsProjection, ledgerTotalsTable, type LedgerEvent } from '../__fixtures__/ledger.fixture';
import { EventStore } from '../event-store';
import { readStream } from '../store/event-store';
import { eventStoreMigrations } from '../store/event-store.migrations';
import { withIdempotency } from './idempotency';
import { appendTo, loadAggregate } from './load-aggregate';

const posted = (amount: number): LedgerEvent => ({ type: 'groundswell.ledger.AmountPosted.v1', data: { amount, reference: `r${amount}` } });
const metadata = { correlationId: '0190c2f8-0000-7000-8000-00000000000a' };

describe('aggregate kit', () => {
  const db = freshDatabase('test', () => createTestDatabase('aggregate_kit', [...eventStoreMigrations, sqlMigration('test/0001-ledger-totals', ledgerTotalsTable)]));
  let store: EventStore;

  beforeEach(() => {
    store = new EventStore(db.pool, { ledger: [ledgerTotalsProjection] });
  });

  const totals = async (streamId: string) =>
    (await db.pool.query('SELECT postings, balance FROM ledger_totals WHERE stream_id = $1', [streamId])).rows[0] as { postings: number; balance: string } | undefined;

  it('should fold a stream into its decider state and version, and an empty stream into the initial state', async () => {
    await store.transaction((client) => store.append(client, [{ stream: ledgerStream('a'), expectedVersion: 0, events: [posted(4), posted(-1)] }], metadata));
    expect(await loadAggregate(db.pool, ledgerDecider, ledgerStream('a'))).toEqual({ stream: ledgerStream('a'), state: { balance: 3, postings: 2 }, version: 2 });
    expect(await loadAggregate(db.pool, ledgerDecider, ledgerStream('none'))).toMatchObject({ state: { balance: 0, postings: 0 }, version: 0 });
  });

  it('should apply the projections registered for the stream type on every append, and none for other types', async () => {
    await store.transaction(async (client) => {
      await store.append(client, [{ stream: ledgerStream('p'), expectedVersion: 0, events: [posted(5)] }], metadata);
      await store.appendToEnd(client, ledgerStream('p'), [posted(2)], metadata);
      await store.append(client, [{ stream: { ...ledgerStream('other'), streamType: 'audit' }, expectedVersion: 0, events: [posted(9)] }], metadata);
    });
    expect(await totals('p')).toEqual({ postings: 2, balance: '7' });
    expect(await totals('other')).toBeUndefined();
  });

  it('should append to several streams together, or to none when one of them moved on', async () => {
    const [first, second] = await Promise.all([loadAggregate(db.pool, ledgerDecider, ledgerStream('x')), loadAggregate(db.pool, ledgerDecider, ledgerStream('y'))]);
    await store.transaction((client) => store.append(client, [appendTo(first, [posted(1)]), appendTo(second, [posted(2)])], metadata));
    const [x, y] = await Promise.all([loadAggregate(db.pool, ledgerDecider, ledgerStream('x')), loadAggregate(db.pool, ledgerDecider, ledgerStream('y'))]);

    // `second` is stale: y is at version 1 now, so the append to x (listed first) must not survive either.
    const stale = store.transaction((client) => store.append(client, [appendTo(x, [posted(10)]), appendTo(second, [posted(20)])], metadata));

    await expect(stale).rejects.toMatchObject({ code: 'STREAM_VERSION_CONFLICT' });
    expect((await readStream(db.pool, 'tenant-a', 'x')).map((event) => event.data)).toEqual([posted(1).data]);
    expect(await totals('x')).toEqual({ postings: 1, balance: '1' });
    expect(y.version).toBe(1);
  });

  it('should refuse to register one projection twice for a stream type', () => {
    expect(() => new EventStore(db.pool, { ledger: [ledgerTotalsProjection, ledgerTotalsProjection] })).toThrow(/registered twice/);
  });

  describe('withIdempotency', () => {
    const once = (key: string | undefined, command: string, work: () => Promise<{ n: number }>) =>
      store.transaction((client) => withIdempotency(client, { tenantId: 'tenant-a', key, command }, work));

    it('should run the work once per key and give a repeat the first result', async () => {
      let runs = 0;
      const work = async () => ({ n: ++runs });
      const first = await once('k-1', 'Count', work);
      const repeats = await Promise.all([once('k-1', 'Count', work), once('k-1', 'Count', work)]);
      expect(first).toEqual({ result: { n: 1 }, replayed: false });
      expect(repeats).toEqual([{ result: { n: 1 }, replayed: true }, { result: { n: 1 }, replayed: true }]);
      expect(runs).toBe(1);
    });

    it('should run the work every time without a key', async () => {
      let runs = 0;
      await once(undefined, 'Count', async () => ({ n: ++runs }));
      await once(undefined, 'Count', async () => ({ n: ++runs }));
      expect(runs).toBe(2);
    });

    it('should release the key when the work fails, so a retry runs it', async () => {
      await expect(once('k-2', 'Count', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect(await once('k-2', 'Count', async () => ({ n: 7 }))).toEqual({ result: { n: 7 }, replayed: false });
    });

    it('should refuse a key used for another command, and an overlong key', async () => {
      await once('k-3', 'Count', async () => ({ n: 1 }));
      await expect(once('k-3', 'Other', async () => ({ n: 2 }))).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', category: 'CONFLICT' });
      await expect(once('k'.repeat(201), 'Count', async () => ({ n: 3 }))).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_INVALID', category: 'BAD_USER_INPUT' });
    });
  });
});
