import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import { freshDatabase } from '@groundswell/test-kit';
import { createContentDatabase } from '../testing/content-database';
import { originalityProjections } from './originality.projection';
import { OriginalityQueries } from './originality.queries';
import { OriginalityCheck } from './use-cases/originality-check';

const aTenantId = () => `tenant-${randomUUID().slice(0, 8)}`;
const guide = '新手入门指南：第一步注册账号并完善个人资料，第二步加入你感兴趣的兴趣小组，第三步在每周话题里发一条自我介绍，积分可以兑换社群周边。';
const lightlyEdited = '新手入门指南：第一步注册账号并完善个人资料，第二步加入你喜欢的兴趣小组，第三步在每周话题里发一条自我介绍，积分能兑换社群周边！';
const unrelated = '周六下午的城市徒步活动改到滨江公园集合，请大家带好饮用水和防晒用品，雨天顺延一周。';

describe('originality check', () => {
  const database = freshDatabase('test', () => createContentDatabase('originality'));
  let check: OriginalityCheck;
  let queries: OriginalityQueries;

  beforeEach(() => {
    queries = new OriginalityQueries(database.pool);
    check = new OriginalityCheck(new EventStore(database.pool, originalityProjections), queries);
  });

  it('should flag a lightly edited copy of an existing item and track the originality rate', async () => {
    const tenant = aTenantId();
    const [first, copy, other] = [randomUUID(), randomUUID(), randomUUID()];
    expect(await check.check(tenant, first, guide)).toMatchObject({ original: true, nearDuplicates: [] });
    const flagged = await check.check(tenant, copy, lightlyEdited);
    expect(flagged.original).toBe(false);
    expect(flagged.nearDuplicates.map((duplicate) => duplicate.itemId)).toEqual([first]);
    expect(flagged.nearDuplicates[0]!.similarity).toBeGreaterThanOrEqual(0.7);
    expect(await check.check(tenant, other, unrelated)).toMatchObject({ original: true });
    expect(await queries.rate(tenant, null, null)).toEqual({ checked: 3, original: 2, rate: 2 / 3 });
  });

  it('should not compare with another tenant\'s items', async () => {
    await check.check(aTenantId(), randomUUID(), guide);
    const tenant = aTenantId();
    expect(await check.check(tenant, randomUUID(), guide)).toMatchObject({ original: true });
    expect(await queries.rate(tenant, null, null)).toEqual({ checked: 1, original: 1, rate: 1 });
  });

  it('should keep the verdict of an unchanged resubmission and recheck a revised one', async () => {
    const tenant = aTenantId();
    const [first, second] = [randomUUID(), randomUUID()];
    await check.check(tenant, first, guide);
    const original = await check.check(tenant, second, unrelated);
    expect(await check.check(tenant, second, `${unrelated} `)).toEqual(original);
    expect(await check.check(tenant, second, lightlyEdited)).toMatchObject({ original: false, nearDuplicates: [{ itemId: first }] });
    expect(await queries.rate(tenant, null, null)).toMatchObject({ checked: 2, original: 1 });
  });

  it('should refuse text with nothing to compare, or too much', async () => {
    await expect(check.check(aTenantId(), randomUUID(), ' ，。')).rejects.toMatchObject({ code: 'TEXT_EMPTY', category: 'BAD_USER_INPUT' });
    await expect(check.check(aTenantId(), randomUUID(), '长'.repeat(100_001))).rejects.toMatchObject({ code: 'TEXT_TOO_LONG', category: 'BAD_USER_INPUT' });
  });
});
