import { randomUUID } from 'node:crypto';
import { eventually, expectingSuccess, gatewayClient, type GraphqlClient } from '@groundswell/test-kit';

const addMutation = `mutation Add($input: AddWatchedWordInput!, $key: String) {
  addWatchedWord(input: $input, idempotencyKey: $key) { watchedWord { id pattern action category severity matchPinyin matchAbbreviations replacement } }
}`;
const updateMutation = `mutation Update($input: UpdateWatchedWordInput!) { updateWatchedWord(input: $input) { watchedWord { id action severity } } }`;
const removeMutation = `mutation Remove($input: RemoveWatchedWordInput!) { removeWatchedWord(input: $input) { id } }`;
const importMutation = `mutation Import($input: ImportWatchedWordsInput!) { importWatchedWords(input: $input) { listVersion totalCount } }`;
const screenQuery = `query Screen($input: ScreenTextInput!) {
  screenText(input: $input) { verdict censoredText listVersion riskScore riskSignals { code } matches { pattern action spelling start end text } }
}`;
const createCommunityMutation = `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id } } }`;
const listQuery = '{ watchedWords(first: 100) { totalCount edges { node { pattern action } } } }';

describe('watched words and screening through the gateway', () => {
  const tenant = `e2e-watched-words-${randomUUID().slice(0, 8)}`;
  let moderator: GraphqlClient;
  let analyst: GraphqlClient;
  const screenText = async (text: string) => (await expectingSuccess(moderator)(screenQuery, { input: { text } })).screenText;

  beforeAll(async () => {
    [moderator, analyst] = await Promise.all([gatewayClient(tenant, ['moderator']), gatewayClient(tenant, ['analyst'])]);
  });

  it('should pass any text while the list is empty, at list version 0', async () => {
    expect(await screenText('今天天气不错')).toMatchObject({ verdict: 'pass', listVersion: 0, matches: [] });
  });

  it('should block 微信 however it is disguised, once added with pinyin and abbreviations', async () => {
    const added = await expectingSuccess(moderator)(addMutation, {
      input: { pattern: '微信', action: 'block', category: 'ads', severity: 'high', matchPinyin: true, matchAbbreviations: true },
    });
    expect(added.addWatchedWord.watchedWord).toMatchObject({ pattern: '微信', action: 'block', matchPinyin: true, matchAbbreviations: true });
    for (const disguised of ['加我微 信', '加我微\u200b信', '加我 weixin', '加我vx', '加我微信']) {
      const report = await screenText(disguised);
      expect({ disguised, verdict: report.verdict, pattern: report.matches[0]?.pattern }).toEqual({ disguised, verdict: 'blocked', pattern: '微信' });
    }
    expect((await screenText('我在看微博信息')).verdict).toBe('pass');
  });

  it('should mask exactly the matched characters of a CENSOR entry', async () => {
    await expectingSuccess(moderator)(addMutation, { input: { pattern: '傻逼', action: 'censor', category: 'abuse', severity: 'medium' } });
    const report = await screenText('😀你这个傻-逼👍');
    expect(report).toMatchObject({ verdict: 'censored', censoredText: '😀你这个***👍' });
    expect(report.matches).toEqual([{ pattern: '傻逼', action: 'censor', spelling: 'literal', start: 5, end: 8, text: '傻-逼' }]);
  });

  it('should import a CSV all or nothing, naming each bad row', async () => {
    const bad = await moderator(importMutation, { input: { csv: 'pattern,action,category,severity\n赌博,block,fraud,high\n,block,fraud,high\n代开发票,explode,fraud,high\n' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(bad.errors?.[0]?.extensions)).toMatch(/"row":3.*"row":4/);
    expect((await screenText('来赌博吧')).verdict).toBe('pass');

    const imported = await expectingSuccess(moderator)(importMutation, { input: { csv: 'pattern,action,category,severity\n赌博,block,fraud,high\n代*发票,require_approval,fraud,medium\n' } });
    expect(imported.importWatchedWords.totalCount).toBe(4);
    expect((await screenText('来赌博吧')).verdict).toBe('blocked');
    expect((await screenText('可以代开发票')).verdict).toBe('needs_review');
  });

  it('should screen against the new version as soon as an entry changes or goes', async () => {
    const list = await expectingSuccess(moderator)(listQuery);
    expect(list.watchedWords.totalCount).toBe(4);
    const censored = await expectingSuccess(moderator)(addMutation, { input: { pattern: '垃圾', action: 'censor', category: 'abuse', severity: 'low' } });
    const { id } = censored.addWatchedWord.watchedWord;
    const before = await screenText('垃圾产品');
    expect(before.verdict).toBe('censored');

    await expectingSuccess(moderator)(updateMutation, { input: { id, action: 'block', severity: 'high' } });
    const updated = await screenText('垃圾产品');
    expect({ verdict: updated.verdict, newer: updated.listVersion > before.listVersion }).toEqual({ verdict: 'blocked', newer: true });

    await expectingSuccess(moderator)(removeMutation, { input: { id } });
    expect((await screenText('垃圾产品')).verdict).toBe('pass');
  });

  it('should answer a retried add with the first entry and add nothing', async () => {
    const key = randomUUID();
    const input = { pattern: 'spam', action: 'flag', category: 'ads', severity: 'low' };
    const first = await expectingSuccess(moderator)(addMutation, { input, key });
    const retried = await expectingSuccess(moderator)(addMutation, { input, key });
    expect(retried.addWatchedWord.watchedWord.id).toBe(first.addWatchedWord.watchedWord.id);
    const again = await moderator(addMutation, { input });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PATTERN_EXISTS' });
  });

  it('should scope an entry to one of the tenant\'s own communities, and to no other tenant\'s', async () => {
    const owner = await gatewayClient(tenant, ['owner']);
    const community = await expectingSuccess(owner)(createCommunityMutation, { input: { name: '健身打卡营', platform: 'wechat' } });
    const communityId = community.createCommunity.community.id;
    const scoped = await eventually(() => expectingSuccess(moderator)(addMutation, { input: { pattern: '约饭', action: 'flag', category: 'custom', severity: 'low', communityId } }), 30_000);
    expect(scoped.addWatchedWord.watchedWord.pattern).toBe('约饭');
    const inCommunity = await expectingSuccess(moderator)(screenQuery, { input: { text: '周末约饭吗', communityId } });
    expect(inCommunity.screenText.matches.map((match: { pattern: string }) => match.pattern)).toEqual(['约饭']);
    expect((await screenText('周末约饭吗')).matches).toEqual([]);

    const otherTenantOwner = await gatewayClient(`${tenant}-other`, ['owner']);
    const foreign = await expectingSuccess(otherTenantOwner)(createCommunityMutation, { input: { name: '别人的社群', platform: 'wechat' } });
    const foreignId = foreign.createCommunity.community.id;
    // Once moderation knows the community in its own tenant, only the tenant's name for it is refused.
    const otherModerator = await gatewayClient(`${tenant}-other`, ['moderator']);
    await eventually(() => expectingSuccess(otherModerator)(addMutation, { input: { pattern: '自己的', action: 'flag', category: 'custom', severity: 'low', communityId: foreignId } }), 30_000);
    const refused = await moderator(addMutation, { input: { pattern: '别人', action: 'flag', category: 'custom', severity: 'low', communityId: foreignId } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'COMMUNITY_NOT_FOUND' });
  });

  it('should refuse a list change without moderation:manage-rules and an over-long text as BAD_USER_INPUT', async () => {
    const refused = await analyst(addMutation, { input: { pattern: '广告', action: 'block', category: 'ads', severity: 'low' } });
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const long = await moderator(screenQuery, { input: { text: '字'.repeat(20_001) } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_TOO_LONG' });
  });
});
