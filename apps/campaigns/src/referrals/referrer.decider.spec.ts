import { deciderSpec } from '@groundswell/event-store/testing';
import { thresholdGrantId } from '../rewards/grant-id';
import { ReferralError } from './referral.error';
import { referralEventTypes, type Disqualification, type ReferrerEvent } from './referral.events';
import { acceptCommand, accepted, codeIssued, flagged, flagReviewed, inviteeFacts, issueCommand, later, reviewCommand, someRules } from './referral.fixtures';
import { referrerDecider } from './referrer.decider';

describe('referrerDecider', () => {
  const spec = deciderSpec(referrerDecider);
  const acceptance = (inviteeId: string, qualifiedInvites: number, extra: Partial<{ qualified: boolean; disqualification: Disqualification | null; at: Date }> = {}): ReferrerEvent => ({
    type: referralEventTypes.accepted,
    data: {
      campaignId: 'campaign-1',
      referrerId: 'member-a',
      inviteeId,
      qualified: extra.qualified ?? true,
      disqualification: extra.disqualification ?? null,
      qualifiedInvites,
      acceptedBy: 'u-manager',
      acceptedAt: (extra.at ?? later(60)).toISOString(),
    },
  });

  describe('IssueReferralCode', () => {
    it('should issue the member a code for the campaign', () => {
      spec.given([]).when(issueCommand()).then([codeIssued()]);
    });

    it('should keep the first code when asked again', () => {
      spec.given([codeIssued()]).when(issueCommand({ code: 'R-ZZZZZZZZZZZZ' })).then([]);
    });

    it.each(['ended', 'reviewed', 'none'])('should refuse a code for a campaign that is %s', (campaignStatus) => {
      spec.given([]).when(issueCommand({ campaignStatus })).thenThrows(ReferralError, 'CAMPAIGN_NOT_RUNNING');
    });

    it('should refuse an empty member id', () => {
      spec.given([]).when(issueCommand({ referrerId: ' ' })).thenThrows(ReferralError, 'MEMBER_ID_INVALID');
    });
  });

  describe('AcceptReferral', () => {
    it('should count a new member as a qualified invite', () => {
      spec.given([codeIssued()]).when(acceptCommand('member-b')).then([acceptance('member-b', 1)]);
    });

    it('should reward the threshold when the third qualified invite arrives', () => {
      spec
        .given([codeIssued(), accepted('member-b', 1), accepted('member-c', 2)])
        .when(acceptCommand('member-d'))
        .then([
          acceptance('member-d', 3),
          {
            type: referralEventTypes.thresholdReached,
            data: { campaignId: 'campaign-1', referrerId: 'member-a', invites: 3, reward: { kind: 'points', points: 300 }, grantId: thresholdGrantId('campaign-1', 'member-a', 3), reachedAt: later(60).toISOString() },
          },
        ]);
    });

    it('should record an invitee Groundswell knew before the code as earning nothing', () => {
      const invitee = inviteeFacts({ inviteeFirstKnownAt: '2025-06-01T00:00:00.000Z' });
      spec.given([codeIssued()]).when(acceptCommand('member-b', { invitee })).then([acceptance('member-b', 0, { qualified: false, disqualification: 'invitee_already_known' })]);
    });

    it('should record invites beyond the per-referrer cap as earning nothing', () => {
      const invitee = inviteeFacts({ rules: someRules({ perReferrerCap: 2, thresholds: [{ invites: 2, reward: { kind: 'badge', badgeId: 'inviter' } }] }) });
      spec
        .given([codeIssued(), accepted('member-b', 1), accepted('member-c', 2)])
        .when(acceptCommand('member-d', { invitee }))
        .then([acceptance('member-d', 2, { qualified: false, disqualification: 'referrer_cap_reached' })]);
    });

    it('should count nothing more for a referrer confirmed as fraudulent', () => {
      spec.given([codeIssued(), flagged(), flagReviewed('confirmed')]).when(acceptCommand('member-b')).then([acceptance('member-b', 0, { qualified: false, disqualification: 'referrer_confirmed_fraud' })]);
    });

    it('should flag the referrer when invites burst within the window', () => {
      const at = (minute: number) => later(60 + minute);
      const invitee = inviteeFacts({ rules: someRules({ thresholds: [{ invites: 5, reward: { kind: 'points', points: 10 } }] }) });
      spec
        .given([codeIssued(), accepted('member-b', 1, at(0)), accepted('member-c', 2, at(1)), accepted('member-d', 3, at(2))])
        .when(acceptCommand('member-e', { invitee, now: at(3) }))
        .then([acceptance('member-e', 4, { at: at(3) }), { type: referralEventTypes.flagged, data: { campaignId: 'campaign-1', referrerId: 'member-a', reason: 'invite_burst', invitesInWindow: 4, windowMinutes: 10, flaggedAt: at(3).toISOString() } }]);
    });

    it('should not flag invites spread beyond the window', () => {
      const invitee = inviteeFacts({ rules: someRules({ thresholds: [{ invites: 5, reward: { kind: 'points', points: 10 } }] }) });
      spec
        .given([codeIssued(), accepted('member-b', 1, later(0)), accepted('member-c', 2, later(20)), accepted('member-d', 3, later(40))])
        .when(acceptCommand('member-e', { invitee, now: later(60) }))
        .then([acceptance('member-e', 4)]);
    });

    it('should change nothing when the same invitee is reported again', () => {
      spec.given([codeIssued(), accepted('member-b', 1)]).when(acceptCommand('member-b', { invitee: inviteeFacts({ referredBy: 'member-a' }) })).then([]);
    });

    it('should refuse a member inviting themselves', () => {
      spec.given([codeIssued()]).when(acceptCommand('member-a')).thenThrows(ReferralError, 'SELF_REFERRAL');
    });

    it('should refuse an invite that closes a cycle', () => {
      spec.given([codeIssued()]).when(acceptCommand('member-z', { invitee: inviteeFacts({ referrerAncestors: ['member-y', 'member-z'] }) })).thenThrows(ReferralError, 'REFERRAL_CYCLE');
    });

    it('should refuse an invitee another member invited already', () => {
      spec.given([codeIssued()]).when(acceptCommand('member-b', { invitee: inviteeFacts({ referredBy: 'member-x' }) })).thenThrows(ReferralError, 'INVITEE_ALREADY_REFERRED');
    });

    it('should refuse while the campaign does not run', () => {
      spec.given([codeIssued()]).when(acceptCommand('member-b', { invitee: inviteeFacts({ campaignStatus: 'paused' }) })).thenThrows(ReferralError, 'CAMPAIGN_NOT_RUNNING');
    });

    it('should refuse a code that was never issued', () => {
      spec.given([]).when(acceptCommand('member-b')).thenThrows(ReferralError, 'REFERRAL_CODE_NOT_FOUND');
    });

    it('should refuse an empty invitee id', () => {
      spec.given([codeIssued()]).when(acceptCommand('  ')).thenThrows(ReferralError, 'MEMBER_ID_INVALID');
    });
  });

  describe('ReviewReferrerFlag', () => {
    it('should record the review of a flagged referrer', () => {
      spec.given([codeIssued(), flagged()]).when(reviewCommand({ note: ' 同一公司同事集中注册，已核实 ' })).then([flagReviewed('cleared')]);
    });

    it('should refuse to review a referrer who is not flagged', () => {
      spec.given([codeIssued()]).when(reviewCommand()).thenThrows(ReferralError, 'REFERRER_NOT_FLAGGED');
    });

    it('should refuse to review a flag twice', () => {
      spec.given([codeIssued(), flagged(), flagReviewed('cleared')]).when(reviewCommand()).thenThrows(ReferralError, 'REFERRER_NOT_FLAGGED');
    });

    it('should refuse an empty note', () => {
      spec.given([codeIssued(), flagged()]).when(reviewCommand({ note: ' ' })).thenThrows(ReferralError, 'REVIEW_NOTE_INVALID');
    });

    it('should refuse to review a member without a code', () => {
      spec.given([]).when(reviewCommand()).thenThrows(ReferralError, 'REFERRAL_CODE_NOT_FOUND');
    });
  });
});
