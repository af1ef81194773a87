import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import { freshDatabase } from '@groundswell/test-kit';
import { createCampaignsDatabase } from '../testing/campaigns-database';
import { aCampaignManager as anOperator, aRunningCampaign as runningCampaign } from '../testing/running-campaign';
import { aContestTerms } from './contest.fixtures';
import { contestProjections } from './contest.projection';
import { ContestQueries } from './contest.queries';
import { CreateContestUseCase } from './use-cases/create-contest.use-case';
import { JudgeContestEntryUseCase } from './use-cases/judge-contest-entry.use-case';
import { PublishContestResultsUseCase } from './use-cases/publish-contest-results.use-case';
import { SubmitContestEntryUseCase } from './use-cases/submit-contest-entry.use-case';

describe('contests', () => {
  const database = freshDatabase('test', () => createCampaignsDatabase('contests'));
  let create: CreateContestUseCase;
  let submit: SubmitContestEntryUseCase;
  let judge: JudgeContestEntryUseCase;
  let publish: PublishContestResultsUseCase;
  let queries: ContestQueries;
  let tenant: string;

  const aRunningCampaign = () => runningCampaign(database, anOperator(tenant), 'contest');

  beforeEach(() => {
    const store = new EventStore(database.pool, contestProjections);
    [create, submit, judge, publish, queries] = [
      new CreateContestUseCase(store),
      new SubmitContestEntryUseCase(store),
      new JudgeContestEntryUseCase(store),
      new PublishContestResultsUseCase(store),
      new ContestQueries(database.pool),
    ];
    tenant = `tenant-${randomUUID().slice(0, 8)}`;
  });

  it('should rank the judged entries, refusing a judge\'s score of their own entry and entries after the results', async () => {
    const contestId = await create.execute(anOperator(tenant), aContestTerms({ campaignId: await aRunningCampaign(), judgeIds: ['judge-a', 'judge-b'] }));
    const byMember = async (memberId: string) => submit.execute(anOperator(tenant), { contestId, memberId, title: `${memberId} 的作品` });
    const [mine, theirs, judgesOwn] = [await byMember('member-1'), await byMember('member-2'), await byMember('judge-a')];
    await expect(byMember('member-1')).rejects.toMatchObject({ code: 'MEMBER_ALREADY_ENTERED' });

    await expect(judge.execute(anOperator(tenant), { contestId, entryId: judgesOwn, judgeId: 'judge-a', score: 10 })).rejects.toMatchObject({ code: 'OWN_ENTRY', category: 'CONFLICT' });
    for (const [entryId, judgeId, score] of [[mine, 'judge-a', 6], [mine, 'judge-b', 8], [theirs, 'judge-a', 9], [judgesOwn, 'judge-b', 7]] as const) {
      await judge.execute(anOperator(tenant), { contestId, entryId, judgeId, score });
    }
    await publish.execute(anOperator(tenant), contestId);

    const contest = (await queries.contest(tenant, contestId))!;
    expect(contest.status).toBe('published');
    // The two means of 7 share rank 2 (their order among themselves follows the entry ids).
    const standings = contest.ranking!.map(({ rank, memberId, averageScore }) => [rank, memberId, averageScore]);
    expect(standings[0]).toEqual([1, 'member-2', 9]);
    expect(standings.slice(1)).toEqual(expect.arrayContaining([[2, 'member-1', 7], [2, 'judge-a', 7]]));
    expect(standings).toHaveLength(3);
    expect(await queries.entry(tenant, contestId, mine)).toMatchObject({ rank: 2, scores: [{ judgeId: 'judge-a', score: 6 }, { judgeId: 'judge-b', score: 8 }] });
    await expect(byMember('member-3')).rejects.toMatchObject({ code: 'CONTEST_CLOSED' });
  });
});
