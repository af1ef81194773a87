import { randomUUID } from 'node:crypto';
import { OriginalityCheck } from '../use-cases/originality-check';
import { contentGraphql, errorCode } from '../../testing/content-graphql';

const originality = 'query($id: ID!) { contentOriginality(contentItemId: $id) { contentItemId original nearDuplicates { contentItemId similarity } } }';
const text = '七夕特别企划：晒出你们的恋爱纪念照，讲讲第一次约会的故事，点赞前十名送出情侣电影票两张，活动截止到八月二十日晚上十点。';

describe('content originality GraphQL', () => {
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  const editor = { sub: 'u-editor', tenant, roles: ['content_editor'] };
  const content = contentGraphql('originality_graphql', editor);
  const { execute } = content;

  it('should read a submitted copy\'s verdict back and report the rate', async () => {
    const [first, copy] = [randomUUID(), randomUUID()];
    // As ContentSubmittedConsumer checks each submission.
    const check = content.app.get(OriginalityCheck);
    await check.check(tenant, first, text);
    await check.check(tenant, copy, `${text}快来参加！`);
    const verdict = (await execute(originality, { id: copy })).data as { contentOriginality: { original: boolean; nearDuplicates: Array<{ contentItemId: string }> } };
    expect(verdict.contentOriginality.original).toBe(false);
    expect(verdict.contentOriginality.nearDuplicates.map((duplicate) => duplicate.contentItemId)).toEqual([first]);
    expect((await execute(originality, { id: randomUUID() })).data).toEqual({ contentOriginality: null });
    expect((await execute('{ originalityReport { checked original rate } }', {})).data).toEqual({ originalityReport: { checked: 2, original: 1, rate: 0.5 } });
  });

  it('should answer client mistakes and missing permissions with stable codes', async () => {
    expect(errorCode(await execute(originality, { id: 'nope' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await execute('{ originalityReport { checked } }', {}, { sub: 'a', tenant, roles: ['volunteer'] }))).toBe('FORBIDDEN');
  });
});
