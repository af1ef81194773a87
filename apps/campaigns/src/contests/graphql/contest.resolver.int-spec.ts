import { randomUUID } from 'node:crypto';
import { ContestsModule } from '../contests.module';
import { campaignsGraphql, errorCode } from '../../testing/campaigns-graphql';
import { aCampaignManager } from '../../testing/running-campaign';

const createContest = `mutation($input: CreateContestInput!, $key: String) { createContest(input: $input, idempotencyKey: $key) { contest { id status judgeIds maxScore } } }`;
const submitEntry = `mutation($input: SubmitContestEntryInput!) { submitContestEntry(input: $input) { entry { id memberId rank } } }`;
const judgeEntry = `mutation($input: JudgeContestEntryInput!) { judgeContestEntry(input: $input) { entry { id scores { judgeId score } } } }`;
const publish = `mutation($id: ID!) { publishContestResults(contestId: $id) { contest { status ranking { rank memberId averageScore judgeCount } } } }`;
const entries = `query($id: ID!) { contestEntries(contestId: $id, first: 10) { totalCount edges { node { memberId rank } } } }`;


describe('contests GraphQL', () => {
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  const manager = aCampaignManager(tenant);
  const reader = { sub: 'u-community', tenant, roles: ['community_manager'] };

  const { execute, data, aRunningCampaign: aRunning } = campaignsGraphql('contest_graphql', [ContestsModule], manager);
  const aRunningCampaign = () => aRunning('contest');

  it('should judge and rank entries, refusing a judge\'s own entry with a stable code', async () => {
    const input = { campaignId: await aRunningCampaign(), title: '拉花大赛', judgeIds: ['judge-a', 'judge-b'], maxScore: 10 };
    const contest = (await data(createContest, { input, key: randomUUID() })).createContest.contest;
    expect(contest).toMatchObject({ status: 'open', judgeIds: ['judge-a', 'judge-b'], maxScore: 10 });
    const enter = async (memberId: string) => (await data(submitEntry, { input: { contestId: contest.id, memberId, title: '作品' } })).submitContestEntry.entry.id as string;
    const [mine, judges] = [await enter('member-1'), await enter('judge-a')];

    expect(errorCode(await execute(judgeEntry, { input: { contestId: contest.id, entryId: judges, judgeId: 'judge-a', score: 10 } }))).toBe('CONFLICT');
    expect(errorCode(await execute(judgeEntry, { input: { contestId: contest.id, entryId: mine, judgeId: 'judge-a', score: 11 } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await execute(publish, { id: contest.id }))).toBe('CONFLICT');
    await data(judgeEntry, { input: { contestId: contest.id, entryId: mine, judgeId: 'judge-a', score: 6 } });
    expect((await data(judgeEntry, { input: { contestId: contest.id, entryId: judges, judgeId: 'judge-b', score: 9 } })).judgeContestEntry.entry.scores).toEqual([{ judgeId: 'judge-b', score: 9 }]);

    expect((await data(publish, { id: contest.id })).publishContestResults.contest).toEqual({
      status: 'published',
      ranking: [{ rank: 1, memberId: 'judge-a', averageScore: 9, judgeCount: 1 }, { rank: 2, memberId: 'member-1', averageScore: 6, judgeCount: 1 }],
    });
    const page = (await data(entries, { id: contest.id }, reader)).contestEntries;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((edge: { node: { memberId: string; rank: number } }) => [edge.node.memberId, edge.node.rank]).sort()).toEqual([['judge-a', 1], ['member-1', 2]]);
    expect(errorCode(await execute(submitEntry, { input: { contestId: randomUUID(), memberId: 'm', title: '作品' } }))).toBe('NOT_FOUND');
    expect(errorCode(await execute(createContest, { input }, reader))).toBe('FORBIDDEN');
  });
});
