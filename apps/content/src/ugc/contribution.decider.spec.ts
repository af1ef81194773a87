import { deciderSpec } from '@groundswell/event-store/testing';
import { ContributionPinnedV1, ContributionPromotedV1, ContributionUnpinnedV1 } from '@groundswell/events';
import { contributionDecider } from './contribution.decider';
import { ContributionError } from './contribution.error';
import { aParent, acceptCommand, accepted, anAnswer, asker, author, communityId, contributionId, hidden, postCommand, posted, questionId, rewarded, screened, screeningId, voted, voter } from './contribution.fixtures';

const pinned = { type: ContributionPinnedV1.type, data: { contributionId, communityId, pinnedBy: 'u-manager' } };
const promoted = { type: ContributionPromotedV1.type, data: { contributionId, communityId, note: '优秀案例', promotedBy: 'u-editor' } };

describe('contributionDecider', () => {
  const spec = deciderSpec(contributionDecider);

  describe('PostContribution', () => {
    it('should post a member contribution visible at once under post-moderation, and ask moderation to screen it', () => {
      spec.given([]).when(postCommand({ title: ' 我的咖啡拉花心得 ' })).then(posted());
    });

    it('should hold a contribution until screened under pre-moderation', () => {
      spec.given([]).when(postCommand({ moderation: 'pre' })).then(posted('post', { visibility: 'pending_screening' }));
    });

    it('should post an answer under a question, in the question\'s thread', () => {
      spec.given([]).when(postCommand({ kind: 'answer', title: undefined, parent: aParent() })).then(anAnswer());
    });

    it('should let an operator seed a topic without a member author, and a poll with its options', () => {
      spec.given([]).when(postCommand({ kind: 'topic', authorMemberId: undefined, title: '本周话题：你的早餐' })).then(posted('topic'));
      spec.given([]).when(postCommand({ kind: 'poll', title: '最喜欢的口味', pollOptions: [' 拿铁', '美式 '] })).then(posted('poll'));
    });

    it('should refuse a contribution under a parent of the wrong kind, community or visibility, or a root with a parent', () => {
      spec.given([]).when(postCommand({ kind: 'answer', title: undefined, parent: aParent({ kind: 'post' }) })).thenThrows(ContributionError, 'PARENT_NOT_ALLOWED');
      spec.given([]).when(postCommand({ kind: 'reply', title: undefined })).thenThrows(ContributionError, 'PARENT_NOT_ALLOWED');
      spec.given([]).when(postCommand({ kind: 'comment', title: undefined, parent: aParent({ communityId: '0190c2f8-0000-7000-8000-00000000c002' }) })).thenThrows(ContributionError, 'PARENT_NOT_ALLOWED');
      spec.given([]).when(postCommand({ parent: aParent() })).thenThrows(ContributionError, 'PARENT_NOT_ALLOWED');
      spec.given([]).when(postCommand({ kind: 'comment', title: undefined, parent: aParent({ visibility: 'hidden' }) })).thenThrows(ContributionError, 'PARENT_NOT_VISIBLE');
    });

    it('should refuse a member-seeded topic and an author-less post', () => {
      spec.given([]).when(postCommand({ kind: 'topic' })).thenThrows(ContributionError, 'AUTHOR_REQUIRED');
      spec.given([]).when(postCommand({ authorMemberId: undefined })).thenThrows(ContributionError, 'AUTHOR_REQUIRED');
    });

    it.each([
      ['an empty body', { body: '  ' }],
      ['an overlong body', { body: 'x'.repeat(10_001) }],
      ['a post without a title', { title: ' ' }],
      ['a comment with a title', { kind: 'comment' as const, parent: aParent() }],
      ['a poll with one option', { kind: 'poll' as const, pollOptions: ['拿铁'] }],
      ['a poll with the same option twice', { kind: 'poll' as const, pollOptions: ['拿铁', '拿铁'] }],
      ['options on a post', { pollOptions: ['a', 'b'] }],
    ])('should refuse %s', (_case, overrides) => {
      spec.given([]).when(postCommand(overrides)).thenThrows(ContributionError, 'CONTRIBUTION_INVALID');
    });

    it('should refuse malformed ids and a contribution posted twice', () => {
      spec.given([]).when(postCommand({ communityId: 'c-1' })).thenThrows(ContributionError, 'COMMUNITY_ID_INVALID');
      spec.given([]).when(postCommand({ authorMemberId: 'm-1' })).thenThrows(ContributionError, 'MEMBER_ID_INVALID');
      spec.given(posted()).when(postCommand()).thenThrows(ContributionError, 'CONTRIBUTION_EXISTS');
    });
  });

  describe('RecordScreening', () => {
    const record = (verdict: 'pass' | 'censored' | 'needs_review' | 'blocked', censoredText?: string) => ({ type: 'RecordScreening' as const, screeningId, verdict, censoredText });
    const preModerated = posted('post', { visibility: 'pending_screening' });

    it('should show a pre-moderated contribution that passed, or was censored, with the censored text', () => {
      spec.given(preModerated).when(record('pass')).then([screened('pass', 'visible')]);
      spec.given(preModerated).when(record('censored', '我的**')).then([screened('censored', 'visible', '我的**')]);
    });

    it('should keep a pre-moderated contribution hidden while a moderator reviews it, and take down a blocked one', () => {
      spec.given(preModerated).when(record('needs_review')).then([screened('needs_review', 'pending_screening')]);
      spec.given(posted()).when(record('blocked')).then([screened('blocked', 'hidden')]);
    });

    it('should keep a contribution a sanction took down hidden whatever the verdict', () => {
      spec.given([...posted(), hidden()]).when(record('pass')).then([screened('pass', 'hidden')]);
    });

    it('should ignore a verdict delivered twice or for another screening', () => {
      spec.given([...preModerated, screened('pass', 'visible')]).when(record('blocked')).then([]);
      spec.given(preModerated).when({ ...record('pass'), screeningId: '0190c2f8-0000-7000-8000-00000000f999' }).then([]);
    });

    it('should answer NOT_FOUND for a contribution never posted', () => {
      spec.given([]).when(record('pass')).thenThrows(ContributionError, 'CONTRIBUTION_NOT_FOUND');
    });
  });

  describe('HideContribution', () => {
    const hide = { type: 'HideContribution' as const, sanctionId: '0190c2f8-0000-7000-8000-00000000d001', by: 'system:moderation' };

    it('should take down a contribution a delete_content sanction names, once', () => {
      spec.given(posted()).when(hide).then([hidden()]);
      spec.given([...posted(), hidden()]).when(hide).then([]);
    });
  });

  describe('PinContribution and UnpinContribution', () => {
    it('should pin a shown thread once and unpin it', () => {
      spec.given(posted('topic')).when({ type: 'PinContribution', by: 'u-manager' }).then([pinned]);
      spec.given([...posted('topic'), pinned]).when({ type: 'PinContribution', by: 'u-manager' }).then([]);
      spec.given([...posted('topic'), pinned]).when({ type: 'UnpinContribution', by: 'u-manager' }).then([{ type: ContributionUnpinnedV1.type, data: { contributionId, communityId, unpinnedBy: 'u-manager' } }]);
      spec.given(posted('topic')).when({ type: 'UnpinContribution', by: 'u-manager' }).then([]);
    });

    it('should refuse to pin a comment, or a contribution not shown', () => {
      spec.given(posted('comment', { parentId: questionId, threadId: questionId })).when({ type: 'PinContribution', by: 'u-manager' }).thenThrows(ContributionError, 'NOT_PINNABLE');
      spec.given(posted('post', { visibility: 'pending_screening' })).when({ type: 'PinContribution', by: 'u-manager' }).thenThrows(ContributionError, 'CONTRIBUTION_NOT_VISIBLE');
    });
  });

  describe('PromoteContribution', () => {
    const promote = { type: 'PromoteContribution' as const, note: ' 优秀案例 ', rewardPoints: 10, by: 'u-editor' };

    it('should showcase a member contribution and reward its author', () => {
      spec.given(posted()).when(promote).then([promoted, rewarded('promoted')]);
    });

    it('should not reward a second time, nor an operator\'s topic, nor with zero points', () => {
      spec.given([...anAnswer(), accepted(), rewarded('answer_accepted')]).when(promote).then([promoted]);
      spec.given(posted('topic')).when(promote).then([promoted]);
      spec.given(posted()).when({ ...promote, rewardPoints: 0 }).then([promoted]);
      spec.given([...posted(), promoted, rewarded('promoted')]).when(promote).then([]);
    });

    it('should refuse to showcase a hidden contribution or with an overlong note', () => {
      spec.given([...posted(), hidden()]).when(promote).thenThrows(ContributionError, 'CONTRIBUTION_NOT_VISIBLE');
      spec.given(posted()).when({ ...promote, note: 'x'.repeat(501) }).thenThrows(ContributionError, 'CONTRIBUTION_INVALID');
    });
  });

  describe('AcceptAnswer', () => {
    it('should accept an answer for its asker and reward the answer\'s author once', () => {
      spec.given(anAnswer()).when(acceptCommand()).then([accepted(), rewarded('answer_accepted')]);
      spec.given(anAnswer()).when(acceptCommand({ acceptor: { operator: true }, by: 'u-manager' })).then([accepted('u-manager'), rewarded('answer_accepted')]);
    });

    it('should change nothing when the same answer is accepted again', () => {
      spec.given([...anAnswer(), accepted(), rewarded('answer_accepted')]).when(acceptCommand({ question: { contributionId: questionId, authorMemberId: asker, acceptedAnswerId: contributionId } })).then([]);
    });

    it('should refuse a second accepted answer, a member who did not ask, and what is not an answer', () => {
      const other = '0190c2f8-0000-7000-8000-0000000000b9';
      spec.given(anAnswer()).when(acceptCommand({ question: { contributionId: questionId, authorMemberId: asker, acceptedAnswerId: other } })).thenThrows(ContributionError, 'ANSWER_ALREADY_ACCEPTED');
      spec.given(anAnswer()).when(acceptCommand({ acceptor: { memberId: author } })).thenThrows(ContributionError, 'NOT_THE_ASKER');
      spec.given(posted()).when(acceptCommand()).thenThrows(ContributionError, 'NOT_AN_ANSWER');
      spec.given([...anAnswer(), hidden()]).when(acceptCommand()).thenThrows(ContributionError, 'CONTRIBUTION_NOT_VISIBLE');
    });
  });

  describe('VoteInPoll', () => {
    const vote = (option = 1, memberId = voter) => ({ type: 'VoteInPoll' as const, memberId, option, by: 'member-app' });

    it('should record a member\'s vote', () => {
      spec.given(posted('poll')).when(vote()).then([voted()]);
    });

    it('should refuse a second vote by the same member, an option out of range, and a vote on a post', () => {
      spec.given([...posted('poll'), voted()]).when(vote(0)).thenThrows(ContributionError, 'ALREADY_VOTED');
      spec.given(posted('poll')).when(vote(2)).thenThrows(ContributionError, 'POLL_OPTION_INVALID');
      spec.given(posted('poll')).when(vote(-1)).thenThrows(ContributionError, 'POLL_OPTION_INVALID');
      spec.given(posted()).when(vote()).thenThrows(ContributionError, 'NOT_A_POLL');
    });
  });
});
