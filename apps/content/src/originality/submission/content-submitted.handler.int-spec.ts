import { randomUUID } from 'node:crypto';
import { EventStore, withTransaction } from '@groundswell/event-store';
import { ContentSubmittedV1 } from '@groundswell/events';
import { freshDatabase } from '@groundswell/test-kit';
import { createContentDatabase } from '../../testing/content-database';
import { originalityProjections } from '../originality.projection';
import { OriginalityQueries } from '../originality.queries';
import { OriginalityCheck } from '../use-cases/originality-check';
import { checkSubmittedContent } from './content-submitted.handler';

const body = '中秋节线上赏月会：晚上八点直播，主持人带大家猜灯谜、聊月饼口味，评论区抽十位朋友送出手作月饼礼盒，欢迎带家人一起来看。';

const aSubmission = (tenantId: string, contentItemId: string, text: string) =>
  ContentSubmittedV1.create(
    {
      contentItemId,
      submission: 1,
      roundsRequired: 1,
      riskTier: 'ordinary',
      contentType: 'interactive_topic',
      format: 'live',
      communityIds: [randomUUID()],
      title: '中秋赏月会',
      text,
      variants: [{ platform: 'wechat', screeningId: randomUUID() }],
      submittedBy: 'u-author',
      submittedAt: '2026-09-20T02:00:00Z',
    },
    { subject: `content-item-${contentItemId}`, tenantid: tenantId, streamversion: 4, time: '2026-09-20T02:00:00Z' },
  );

describe(checkSubmittedContent.name, () => {
  const database = freshDatabase('test', () => createContentDatabase('originality_submitted'));
  let handle: ReturnType<typeof checkSubmittedContent>;
  let queries: OriginalityQueries;

  beforeEach(() => {
    const store = new EventStore(database.pool, originalityProjections);
    queries = new OriginalityQueries(database.pool);
    handle = checkSubmittedContent(new OriginalityCheck(store, queries));
  });

  const deliver = async (envelope: ReturnType<typeof aSubmission>) => {
    await withTransaction(database.pool, (client) => handle(client, envelope));
  };

  it('should check each submitted item against the tenant\'s earlier ones, once even when delivered twice', async () => {
    const tenant = `tenant-${randomUUID().slice(0, 8)}`;
    const [first, copy] = [randomUUID(), randomUUID()];
    await deliver(aSubmission(tenant, first, body));
    const resubmitted = aSubmission(tenant, copy, `${body}不见不散`);
    await deliver(resubmitted);
    await deliver(resubmitted);

    expect(await queries.originality(tenant, copy)).toMatchObject({ original: false, nearDuplicates: [{ itemId: first }] });
    expect(await queries.rate(tenant, null, null)).toEqual({ checked: 2, original: 1, rate: 0.5 });
    const { rows } = await database.pool.query(`SELECT count(*)::int AS events FROM events WHERE tenant_id = $1 AND stream_type = 'content-originality'`, [tenant]);
    expect(rows[0].events).toBe(2);
  });
});
