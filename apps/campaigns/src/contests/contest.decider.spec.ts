import { deciderSpec } from '@groundswell/event-store/testing';
import { contestDecider } from './contest.decider';
import { ContestError } from './contest.error';
import { aContestTerms, contestCreated, createContest, entryJudged, entrySubmitted, judgeEntry, publishResults, resultsPublished, submitEntry } from './contest.fixtures';

describe('contestDecider', () => {
  const spec = deciderSpec(contestDecider);

  describe('CreateContest', () => {
    it('should create a contest with its judges and top score', () => {
      spec.given([]).when(createContest(aContestTerms({ title: ' 最美咖啡拉花大赛 ', judgeIds: ['judge-a', ' judge-b', 'judge-a'] }))).then([contestCreated()]);
    });

    it('should refuse to create a contest twice', () => {
      spec.given([contestCreated()]).when(createContest()).thenThrows(ContestError, 'CONTEST_EXISTS');
    });

    it.each([
      ['no judges', aContestTerms({ judgeIds: [] })],
      ['an empty title', aContestTerms({ title: '' })],
      ['a top score of 0', aContestTerms({ maxScore: 0 })],
    ])('should refuse a contest with %s', (_case, terms) => {
      spec.given([]).when(createContest(terms)).thenThrows(ContestError, 'CONTEST_INVALID');
    });
  });

  describe('SubmitContestEntry', () => {
    it('should record a member\'s entry', () => {
      spec.given([contestCreated()]).when(submitEntry({ description: ' 一次成型 ' })).then([entrySubmitted('entry-1', 'member-1', '一次成型')]);
    });

    it('should refuse a member\'s second entry', () => {
      spec.given([contestCreated(), entrySubmitted()]).when(submitEntry({ entryId: 'entry-2' })).thenThrows(ContestError, 'MEMBER_ALREADY_ENTERED');
    });

    it('should refuse an entry without a title, or from an empty member id', () => {
      spec.given([contestCreated()]).when(submitEntry({ title: ' ' })).thenThrows(ContestError, 'ENTRY_INVALID');
      spec.given([contestCreated()]).when(submitEntry({ memberId: '' })).thenThrows(ContestError, 'MEMBER_ID_INVALID');
    });

    it('should refuse an entry while the campaign is not running, or once results are out', () => {
      spec.given([contestCreated()]).when(submitEntry({ campaignStatus: 'paused' })).thenThrows(ContestError, 'CAMPAIGN_NOT_RUNNING');
      spec.given([contestCreated(), resultsPublished([])]).when(submitEntry()).thenThrows(ContestError, 'CONTEST_CLOSED');
    });

    it('should refuse an entry to an unknown contest', () => {
      spec.given([]).when(submitEntry()).thenThrows(ContestError, 'CONTEST_NOT_FOUND');
    });
  });

  describe('JudgeContestEntry', () => {
    it('should record a judge\'s score of an entry', () => {
      spec.given([contestCreated(), entrySubmitted()]).when(judgeEntry()).then([entryJudged('entry-1', 'judge-a', 8)]);
    });

    it('should refuse a judge judging their own entry', () => {
      spec.given([contestCreated(), entrySubmitted('entry-1', 'judge-a')]).when(judgeEntry()).thenThrows(ContestError, 'OWN_ENTRY');
    });

    it('should refuse someone who is not a judge of the contest', () => {
      spec.given([contestCreated(), entrySubmitted()]).when(judgeEntry({ judgeId: 'member-9' })).thenThrows(ContestError, 'JUDGE_NOT_ASSIGNED');
    });

    it('should change nothing for the same score again, and refuse a different one', () => {
      const judged = [contestCreated(), entrySubmitted(), entryJudged('entry-1', 'judge-a', 8)];
      spec.given(judged).when(judgeEntry()).then([]);
      spec.given(judged).when(judgeEntry({ score: 9 })).thenThrows(ContestError, 'ENTRY_ALREADY_JUDGED');
    });

    it('should refuse a score above the top score or below 0', () => {
      spec.given([contestCreated(), entrySubmitted()]).when(judgeEntry({ score: 11 })).thenThrows(ContestError, 'SCORE_INVALID');
      spec.given([contestCreated(), entrySubmitted()]).when(judgeEntry({ score: -1 })).thenThrows(ContestError, 'SCORE_INVALID');
    });

    it('should refuse an unknown entry, and judging once results are out', () => {
      spec.given([contestCreated()]).when(judgeEntry()).thenThrows(ContestError, 'ENTRY_NOT_FOUND');
      spec.given([contestCreated(), entrySubmitted(), resultsPublished([])]).when(judgeEntry()).thenThrows(ContestError, 'CONTEST_CLOSED');
    });
  });

  describe('PublishContestResults', () => {
    it('should rank entries by their mean score, equal means sharing a rank and the next rank skipping', () => {
      const judged = [
        contestCreated(),
        ...['entry-1', 'entry-2', 'entry-3', 'entry-4'].map((entryId, index) => entrySubmitted(entryId, `member-${index + 1}`)),
        entryJudged('entry-3', 'judge-a', 8),
        entryJudged('entry-3', 'judge-b', 7),
        entryJudged('entry-1', 'judge-a', 7),
        entryJudged('entry-1', 'judge-b', 8),
        entryJudged('entry-2', 'judge-a', 9),
        entryJudged('entry-4', 'judge-b', 6),
      ];
      spec.given(judged).when(publishResults).then([
        resultsPublished([
          { rank: 1, entryId: 'entry-2', memberId: 'member-2', averageScore: 9, judgeCount: 1 },
          { rank: 2, entryId: 'entry-1', memberId: 'member-1', averageScore: 7.5, judgeCount: 2 },
          { rank: 2, entryId: 'entry-3', memberId: 'member-3', averageScore: 7.5, judgeCount: 2 },
          { rank: 4, entryId: 'entry-4', memberId: 'member-4', averageScore: 6, judgeCount: 1 },
        ]),
      ]);
    });

    it('should refuse to publish while an entry has no score, and to publish twice', () => {
      spec.given([contestCreated(), entrySubmitted()]).when(publishResults).thenThrows(ContestError, 'ENTRIES_NOT_JUDGED');
      spec.given([contestCreated(), resultsPublished([])]).when(publishResults).thenThrows(ContestError, 'CONTEST_CLOSED');
      spec.given([]).when(publishResults).thenThrows(ContestError, 'CONTEST_NOT_FOUND');
    });
  });
});
