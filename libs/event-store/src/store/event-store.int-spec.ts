import { sqlMigration } from '@groundswell/service-kit';
import { createTestDatabase, freshDatabase } from '@groundswell/test-kit';
import { ledgerDecider, ledgerStream, ledgerTotalsProjection, ledgerTotalsTable, type LedgerCommand } from '../__fixtures__/ledger.fixture';
import type { HandleCommandOptions } from '../decider/command-handler';
import { EventStore } from '../event-store';
import { withTransaction } from './transaction';
import type { PoolClient } from 'pg';
import { appendToStream, appendToStreamEnd, readStream } from './event-store';
import { EventStoreError } from './event-store.error';
import { eventStoreMigrations } from './event-store.migrations';

const post = (amount: number, reference = `ref-${amount}`): LedgerCommand => ({ type: 'Post', amount, reference });

describe('event store', () => {
  const db = freshDatabase('test', () => createTestDatabase('event_store', [...eventStoreMigrations, sqlMigration('test/0001-ledger-totals', ledgerTotalsTable)]));

  type PostOptions = HandleCommandOptions<LedgerCommand, never, never, unknown>;
  const postTo = (streamId: string, command: LedgerCommand, extra: Partial<PostOptions> = {}) =>
    new EventStore(db.pool, { ledger: [ledgerTotalsProjection] }).handle({
      decider: ledgerDecider,
      stream: ledgerStream(streamId),
      command,
      commandName: 'PostAmount',
      ...extra,
    } as PostOptions);

  it('should report every conflict when 50 writers race on one stream, leaving no gaps or duplicates', async () => {
    await postTo('stream-1', post(1));
    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, (_, index) => postTo('stream-1', post(index + 2))));
    const succeeded = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
    const conflicts = outcomes.filter(
      (outcome) => outcome.status === 'rejected' && outcome.reason instanceof EventStoreError && outcome.reason.code === 'STREAM_VERSION_CONFLICT',
    ).length;
    const events = await readStream(db.pool, 'tenant-a', 'stream-1');
    console.log(`writers=50 appended=${succeeded} conflicts=${conflicts} other_failures=${50 - succeeded - conflicts} stream_length=${events.length}`);
    expect(succeeded + conflicts).toBe(50);
    expect(succeeded).toBeGreaterThanOrEqual(1);
    expect(events.map((event) => event.streamVersion)).toEqual(Array.from({ length: succeeded + 1 }, (_, index) => index + 1));
    expect(new Set(events.map((event) => event.eventId)).size).toBe(events.length);
  });

  it('should let every writer through when the command is safe to retry on conflict', async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, index) => postTo('stream-2', post(index + 1), { retryOnConflict: true })));
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    const { rows } = await db.pool.query('SELECT postings, balance, last_version FROM ledger_totals WHERE stream_id = $1', ['stream-2']);
    expect(rows[0]).toEqual({ postings: 20, balance: '210', last_version: 20 });
  });

  it('should return the first result and append nothing when a command is repeated with the same idempotency key', async () => {
    const first = await postTo('stream-3', post(7), { context: { idempotencyKey: 'key-1' } });
    const repeats = await Promise.all(Array.from({ length: 5 }, () => postTo('stream-3', post(7), { context: { idempotencyKey: 'key-1' } })));
    const events = await readStream(db.pool, 'tenant-a', 'stream-3');
    console.log(`requests=6 appended=${events.length} replayed=${repeats.filter((repeat) => repeat.replayed).length}`);
    expect(events).toHaveLength(1);
    expect(repeats.every((repeat) => repeat.replayed && repeat.events.length === 0)).toBe(true);
    expect(repeats.map((repeat) => repeat.result)).toEqual(Array(5).fill(first.result));
  });

  it('should refuse an idempotency key reused for a different command', async () => {
    await postTo('stream-4', post(1), { context: { idempotencyKey: 'key-2' } });
    await expect(postTo('stream-4', post(1), { context: { idempotencyKey: 'key-2' }, commandName: 'Other' } as never)).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      category: 'CONFLICT',
    });
  });

  it('should record a key under the command\'s type when the command is not named, so another command cannot reuse it', async () => {
    await postTo('stream-7', post(2), { context: { idempotencyKey: 'key-3' }, commandName: undefined });

    const repeat = await postTo('stream-7', post(2), { context: { idempotencyKey: 'key-3' }, commandName: 'Post' });
    expect(repeat.replayed).toBe(true);
    await expect(postTo('stream-7', post(2), { context: { idempotencyKey: 'key-3' }, commandName: 'PostAmount' })).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('should append nothing and leave the read model untouched when the decider rejects the command', async () => {
    await expect(postTo('stream-5', post(0))).rejects.toMatchObject({ code: 'INVALID_AMOUNT' });
    expect(await readStream(db.pool, 'tenant-a', 'stream-5')).toEqual([]);
    const { rowCount } = await db.pool.query('SELECT 1 FROM ledger_totals WHERE stream_id = $1', ['stream-5']);
    expect(rowCount).toBe(0);
  });

  it('should keep a stream invisible to other tenants', async () => {
    await postTo('stream-6', post(3));
    expect(await readStream(db.pool, 'tenant-b', 'stream-6')).toEqual([]);
  });
});

describe('commit order of a stream', () => {
  const db = freshDatabase('test', () => createTestDatabase('commit_order', eventStoreMigrations));

  const stream = ledgerStream('s-order');
  const posted = (amount: number) => [{ type: 'groundswell.ledger.AmountPosted.v1', data: { amount } }];
  const metadata = { correlationId: '0190c2f8-0000-7000-8000-000000000003' };

  /** Runs `late` in a transaction that takes its id first, after `early` has committed in another. */
  async function olderTransactionAfter(early: (client: PoolClient) => Promise<unknown>, late: (client: PoolClient) => Promise<unknown>) {
    const older = await db.pool.connect();
    try {
      await older.query('BEGIN');
      await older.query('SELECT pg_current_xact_id()');
      await withTransaction(db.pool, early);
      return await late(older).then(
        async (value) => (await older.query('COMMIT'), value),
        async (error: unknown) => {
          await older.query('ROLLBACK');
          throw error;
        },
      );
    } finally {
      older.release();
    }
  }

  it('should refuse a version appended by a transaction older than the one that appended the version before it, and take it on retry', async () => {
    await expect(
      olderTransactionAfter(
        (client) => appendToStream(client, stream, 0, posted(1), metadata),
        (client) => appendToStream(client, stream, 1, posted(2), metadata),
      ),
    ).rejects.toMatchObject({ code: 'STREAM_VERSION_CONFLICT' });
    await withTransaction(db.pool, (client) => appendToStream(client, stream, 1, posted(2), metadata));
    // The order readAllCommitted and the relay read in (not called here: they also wait for every
    // older transaction on the server, and other databases may have some open).
    const { rows } = await db.pool.query<{ version: string }>('SELECT stream_version AS version FROM events ORDER BY transaction_id, global_position');
    expect(rows.map((row) => Number(row.version))).toEqual([1, 2]);
  });

  it('should let an older transaction append to the end of an unordered fact stream', async () => {
    await olderTransactionAfter(
      (client) => appendToStreamEnd(client, stream, posted(1), metadata),
      (client) => appendToStreamEnd(client, stream, posted(2), metadata),
    );
    expect((await readStream(db.pool, 'tenant-a', stream.streamId)).map((event) => event.data)).toEqual([{ amount: 1 }, { amount: 2 }]);
  });
});

describe('appendToStreamEnd', () => {
  const db = freshDatabase('test', () => createTestDatabase('append_end', eventStoreMigrations));

  it('should let concurrent batches append to one stream without conflicts, versions contiguous', async () => {
    const stream = { tenantId: 'tenant-a', streamId: 'activity-c1-2026-11-22', streamType: 'activity' };
    const batch = (writer: number) =>
      Array.from({ length: 25 }, (_, index) => ({ type: 'groundswell.members.MemberActivityRecorded.v1', data: { writer, index } }));
    await Promise.all(
      Array.from({ length: 10 }, (_, writer) =>
        withTransaction(db.pool, (client) => appendToStreamEnd(client, stream, batch(writer), { correlationId: '0190c2f8-0000-7000-8000-000000000000' })),
      ),
    );
    const events = await readStream(db.pool, 'tenant-a', stream.streamId);
    expect(events.map((event) => event.streamVersion)).toEqual(Array.from({ length: 250 }, (_, index) => index + 1));
    // Each batch stays contiguous: a batch is appended under the stream's row lock.
    const writers = events.map((event) => (event.data as { writer: number }).writer);
    const runs = writers.filter((writer, index) => index === 0 || writer !== writers[index - 1]).length;
    expect(runs).toBe(10);
  });

  it('should still refuse a version-checked append that expects a new stream once the stream has events', async () => {
    const stream = ledgerStream('s-end');
    await withTransaction(db.pool, (client) =>
      appendToStreamEnd(client, stream, [{ type: 'groundswell.ledger.AmountPosted.v1', data: { amount: 1 } }], { correlationId: '0190c2f8-0000-7000-8000-000000000001' }),
    );
    await expect(
      withTransaction(db.pool, (client) =>
        appendToStream(client, stream, 0, [{ type: 'groundswell.ledger.AmountPosted.v1', data: { amount: 2 } }], { correlationId: '0190c2f8-0000-7000-8000-000000000002' }),
      ),
    ).rejects.toMatchObject({ code: 'STREAM_VERSION_CONFLICT' });
  });
});
