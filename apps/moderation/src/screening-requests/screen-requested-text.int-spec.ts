import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import { createEnvelope, ScreeningRequestedV1, TextScreenedV1, type DataOf, type EventEnvelope } from '@groundswell/events';
import { freshDatabase } from '@groundswell/test-kit';
import { caseworkProjections } from '../casework/casework.projections';
import { OpenScreeningCaseUseCase } from '../review-queue/use-cases/open-screening-case.use-case';
import { CompiledListCache } from '../screening/compiled-list.cache';
import { aTenantId } from '../testing/identities';
import { createModerationDatabase } from '../testing/moderation-database';
import { watchedWordsDecider } from '../watched-words/watched-words.decider';
import { watchedWordsStream } from '../watched-words/watched-words.events';
import { watchedWordProjections } from '../watched-words/watched-words.projection';
import { WatchedWordQueries } from '../watched-words/watched-words.queries';
import { screenRequestedText } from './screen-requested-text';

const screenedAt = new Date('2026-12-03T02:00:00.000Z');

describe('screenRequestedText', () => {
  const database = freshDatabase('test', () => createModerationDatabase('screening_requests'));
  let handle: ReturnType<typeof screenRequestedText>;

  beforeEach(() => {
    const store = new EventStore(database.pool, caseworkProjections);
    const lists = new CompiledListCache(new WatchedWordQueries(database.pool));
    handle = screenRequestedText({ store, lists, openCase: new OpenScreeningCaseUseCase(store), clock: () => screenedAt });
  });

  const watch = (tenantId: string, pattern: string, action: string) =>
    new EventStore(database.pool, watchedWordProjections).handle({
      decider: watchedWordsDecider,
      stream: { tenantId, ...watchedWordsStream(tenantId) },
      command: { type: 'AddWatchedWord', entryId: randomUUID(), input: { pattern, action, category: 'ads', severity: 'high', matchAbbreviations: true }, by: 'u-admin' },
    });

  const request = (tenantId: string, text: string, target = { kind: 'content' as const, id: `post-${randomUUID()}` }): EventEnvelope =>
    createEnvelope({
      type: ScreeningRequestedV1.type,
      data: { screeningId: randomUUID(), target, text, requestedBy: 'content' } satisfies DataOf<typeof ScreeningRequestedV1>,
      subject: target.id,
      tenantid: tenantId,
      streamversion: 1,
      time: screenedAt,
    });

  const deliver = async (envelope: EventEnvelope) => {
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      await handle(client, envelope);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  };

  const verdicts = async (tenantId: string) =>
    (await database.pool.query('SELECT data, causation_id FROM events WHERE tenant_id = $1 AND event_type = $2 ORDER BY global_position', [tenantId, TextScreenedV1.type])).rows as Array<{
      data: DataOf<typeof TextScreenedV1>;
      causation_id: string;
    }>;

  it('should answer a request delivered twice with one verdict, and one review case for a blocked text', async () => {
    const tenantId = aTenantId();
    await watch(tenantId, '微信', 'block');
    const blocked = request(tenantId, '加我 V信 领红包');

    await deliver(blocked);
    await deliver(blocked);

    const [verdict, ...more] = await verdicts(tenantId);
    expect(more).toEqual([]);
    expect(verdict).toMatchObject({ causation_id: blocked.id, data: { verdict: 'blocked', listVersion: 1, requestedBy: 'content', caseId: expect.any(String), matches: [{ action: 'block', start: 3, end: 5 }] } });
    const cases = await database.pool.query('SELECT case_id FROM moderation_review_cases WHERE tenant_id = $1', [tenantId]);
    expect(cases.rows).toEqual([{ case_id: verdict!.data.caseId }]);
  });

  it('should pass a clean text and hand back a censored one masked, without opening a case', async () => {
    const tenantId = aTenantId();
    await watch(tenantId, '傻逼', 'censor');

    await deliver(request(tenantId, '新品很好用，推荐！'));
    await deliver(request(tenantId, '你是傻逼吗'));

    expect((await verdicts(tenantId)).map(({ data }) => [data.verdict, data.censoredText, data.caseId])).toEqual([
      ['pass', undefined, undefined],
      ['censored', '你是**吗', undefined],
    ]);
    expect((await database.pool.query('SELECT 1 FROM moderation_review_cases WHERE tenant_id = $1', [tenantId])).rowCount).toBe(0);
  });
});
